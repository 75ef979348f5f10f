//! Units of measurement and currencies, independent of language.
//!
//! Language tables map surface forms ("kilometres", "ק\"מ", "miles") to the
//! symbols here; this table maps each symbol to its canonical axis unit and
//! factor, so that "70 km" and "43 miles" land on the same axis (metres).

/// One unit symbol and how to bring it to its canonical unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitDef {
    /// The symbol as the dev set and reports spell it (`km`, `mi`, `lb`).
    pub symbol: &'static str,
    /// The canonical unit of its dimension (`m`, `kg`, `m3`, `m2`, `m/s`), or
    /// the symbol itself when it cannot be converted (`degC`, `ton`).
    pub canonical: &'static str,
    /// Multiply by this to get the canonical unit.
    pub factor: f64,
}

/// Every unit symbol crosscheck knows.
pub const UNITS: &[UnitDef] = &[
    UnitDef {
        symbol: "m",
        canonical: "m",
        factor: 1.0,
    },
    UnitDef {
        symbol: "km",
        canonical: "m",
        factor: 1000.0,
    },
    UnitDef {
        symbol: "cm",
        canonical: "m",
        factor: 0.01,
    },
    UnitDef {
        symbol: "mm",
        canonical: "m",
        factor: 0.001,
    },
    UnitDef {
        symbol: "dm",
        canonical: "m",
        factor: 0.1,
    },
    UnitDef {
        symbol: "mi",
        canonical: "m",
        factor: 1609.344,
    },
    UnitDef {
        symbol: "ft",
        canonical: "m",
        factor: 0.3048,
    },
    UnitDef {
        symbol: "in",
        canonical: "m",
        factor: 0.0254,
    },
    UnitDef {
        symbol: "yd",
        canonical: "m",
        factor: 0.9144,
    },
    UnitDef {
        symbol: "nmi",
        canonical: "m",
        factor: 1852.0,
    },
    UnitDef {
        symbol: "kg",
        canonical: "kg",
        factor: 1.0,
    },
    UnitDef {
        symbol: "g",
        canonical: "kg",
        factor: 0.001,
    },
    UnitDef {
        symbol: "mg",
        canonical: "kg",
        factor: 1e-6,
    },
    UnitDef {
        symbol: "t",
        canonical: "kg",
        factor: 1000.0,
    },
    UnitDef {
        symbol: "lb",
        canonical: "kg",
        factor: 0.453_592_37,
    },
    UnitDef {
        symbol: "oz",
        canonical: "kg",
        factor: 0.028_349_523_125,
    },
    UnitDef {
        symbol: "ton",
        canonical: "ton",
        factor: 1.0,
    },
    UnitDef {
        symbol: "L",
        canonical: "m3",
        factor: 0.001,
    },
    UnitDef {
        symbol: "ml",
        canonical: "m3",
        factor: 1e-6,
    },
    UnitDef {
        symbol: "cl",
        canonical: "m3",
        factor: 1e-5,
    },
    UnitDef {
        symbol: "gal",
        canonical: "m3",
        factor: 0.003_785_411_784,
    },
    UnitDef {
        symbol: "bbl",
        canonical: "m3",
        factor: 0.158_987_294_928,
    },
    UnitDef {
        symbol: "ft3",
        canonical: "m3",
        factor: 0.028_316_846_592,
    },
    UnitDef {
        symbol: "m3",
        canonical: "m3",
        factor: 1.0,
    },
    UnitDef {
        symbol: "m2",
        canonical: "m2",
        factor: 1.0,
    },
    UnitDef {
        symbol: "km2",
        canonical: "m2",
        factor: 1e6,
    },
    UnitDef {
        symbol: "mi2",
        canonical: "m2",
        factor: 2_589_988.110_336,
    },
    UnitDef {
        symbol: "ft2",
        canonical: "m2",
        factor: 0.092_903_04,
    },
    UnitDef {
        symbol: "acre",
        canonical: "m2",
        factor: 4_046.856_422_4,
    },
    UnitDef {
        symbol: "ha",
        canonical: "m2",
        factor: 10_000.0,
    },
    UnitDef {
        symbol: "dunam",
        canonical: "m2",
        factor: 1000.0,
    },
    UnitDef {
        symbol: "m/s",
        canonical: "m/s",
        factor: 1.0,
    },
    UnitDef {
        symbol: "km/h",
        canonical: "m/s",
        factor: 1.0 / 3.6,
    },
    UnitDef {
        symbol: "mph",
        canonical: "m/s",
        factor: 0.447_04,
    },
    UnitDef {
        symbol: "kn",
        canonical: "m/s",
        factor: 1852.0 / 3600.0,
    },
    UnitDef {
        symbol: "degC",
        canonical: "degC",
        factor: 1.0,
    },
    UnitDef {
        symbol: "degF",
        canonical: "degF",
        factor: 1.0,
    },
    UnitDef {
        symbol: "km3",
        canonical: "m3",
        factor: 1e9,
    },
    UnitDef {
        symbol: "cm3",
        canonical: "m3",
        factor: 1e-6,
    },
    UnitDef {
        symbol: "cm2",
        canonical: "m2",
        factor: 1e-4,
    },
    UnitDef {
        symbol: "ug",
        canonical: "kg",
        factor: 1e-9,
    },
    // Appended: small lengths named in words ("16.25 nanometers").
    UnitDef {
        symbol: "um",
        canonical: "m",
        factor: 1e-6,
    },
    UnitDef {
        symbol: "nm",
        canonical: "m",
        factor: 1e-9,
    },
    UnitDef {
        symbol: "pm",
        canonical: "m",
        factor: 1e-12,
    },
];

/// Looks up a unit symbol.
pub fn unit(symbol: &str) -> Option<&'static UnitDef> {
    UNITS.iter().find(|u| u.symbol == symbol)
}

/// ISO 4217 codes recognized when written out ("USD34.6 million", "EUR 5").
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "ILS", "JPY", "CNY", "INR", "RUB", "AZN", "CHF", "CAD", "AUD", "NIS",
    "TRY", "KZT", "SEK", "NOK", "DKK", "PLN", "BRL", "MXN", "ZAR", "KRW", "HKD", "SGD", "NZD",
    "AED", "SAR", "EGP", "JOD", "UAH", "KWD", "QAR", "LBP", "SYP", "MYR", "GEL", "ESP", "IDR",
    "THB", "PHP", "VND", "PKR", "BGN", "CZK", "HUF", "RON", "ISK", "ARS", "CLP", "COP", "PEN",
    "NGN", "KES", "MAD", "TND", "DZD", "IQD", "IRR", "OMR", "BHD", "TWD", "FRF", "DEM", "ITL",
    "NLG", "CRC", "LAK", "VND", "PHP", "THB",
    // Appended: currencies named in words ("finnish markka", "belgian francs").
    "FIM", "BEF", "LKR",
];

/// The ISO code for a written code, mapping the common alias `NIS` to `ILS`.
pub fn currency_code(code: &str) -> Option<&'static str> {
    let up = code.to_ascii_uppercase();
    match up.as_str() {
        "NIS" => Some("ILS"),
        _ => CURRENCY_CODES.iter().copied().find(|c| *c == up),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn miles_convert_to_metres() {
        let mi = unit("mi").unwrap();
        assert_eq!(mi.canonical, "m");
        assert!((43.0 * mi.factor - 69_201.8).abs() < 1.0);
    }

    #[test]
    fn nis_is_ils() {
        assert_eq!(currency_code("nis"), Some("ILS"));
        assert_eq!(currency_code("XYZ"), None);
    }
}
