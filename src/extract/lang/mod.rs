//! Word tables per language (number words, months, units, hedges), as data.
