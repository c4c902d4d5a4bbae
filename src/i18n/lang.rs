//! The language of the page: which languages there are, their tags, and how a page picks one.

/// A language the app is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ru, Lang::Kk];

    /// The BCP 47 tag, for `<html lang>`, `?lang=` and the stored choice.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The position in [`Lang::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Ru => 1,
            Lang::Kk => 2,
        }
    }

    /// Total decoder of a language tag from a link, storage or the browser: its primary
    /// subtag, in any case ("ru-KZ" is Russian), or `None` for a language the app lacks.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The language a page opens in: the link's `?lang=`, then the visitor's stored choice,
    /// then the first of the browser's languages the app has, then English.
    pub fn choose(link: Option<&str>, stored: Option<&str>, browser: &[String]) -> Lang {
        link.and_then(Lang::from_tag)
            .or_else(|| stored.and_then(Lang::from_tag))
            .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or_default()
    }

    /// The rules reference page in this language, next to the app's page.
    pub const fn reference_page(self) -> &'static str {
        match self {
            Lang::En => "rules.html",
            Lang::Ru => "rules.ru.html",
            Lang::Kk => "rules.kk.html",
        }
    }

    /// The language a link asks for in its query (`?lang=kk`), if the app has it.
    pub fn from_query(search: &str) -> Option<Lang> {
        query_pairs(search)
            .find(|(name, _)| *name == "lang")
            .and_then(|(_, value)| Lang::from_tag(value))
    }

    /// The query with its `lang` parameter set to this language and every other kept, so a
    /// reload after a switch opens in the language chosen.
    pub fn into_query(self, search: &str) -> String {
        let mut pairs: Vec<String> = query_pairs(search)
            .filter(|(name, _)| *name != "lang")
            .map(|(name, value)| {
                if value.is_empty() {
                    name.to_owned()
                } else {
                    format!("{name}={value}")
                }
            })
            .collect();
        pairs.push(format!("lang={}", self.tag()));
        format!("?{}", pairs.join("&"))
    }
}

/// The `name=value` pairs of a query string, with or without its `?`.
pub fn query_pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    pairs(search.trim_start_matches('?'))
}

/// The `name=value` pairs of `text` joined by `&` (a fragment, a company's description); a
/// pair without `=` has an empty value.
pub fn pairs(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}
