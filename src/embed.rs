//! The options a partner page passes to the embedded app in its address (`?embed=1&...`, set by
//! `public/embed.js`). They come from another site, so they are untrusted: each is decoded by a
//! total function, and a value that does not decode is ignored, never passed on to the page.
//! Colours, fonts and radii reach the page only as CSS custom properties set through the CSSOM.

use crate::rules::Answers;

/// How the embedded app looks and talks to its host page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `embed=1`: no site header or footer, compact spacing, links in a new tab.
    pub embedded: bool,
    /// The host page's origin, the only one the app sends its messages to. Without a valid
    /// origin the app sends nothing.
    pub parent_origin: Option<String>,
    /// `events=1`: besides its height, the app reports the step and the result's category.
    pub events: bool,
    pub theme: Option<Theme>,
    /// `transparent=1`: the host page's background shows through.
    pub transparent: bool,
    pub accent: Option<Accent>,
    /// A CSS font-family list.
    pub font: Option<String>,
    /// Corner radius of fields and buttons, in CSS pixels.
    pub radius_px: Option<u8>,
    /// Answers the partner chose in advance (`role`, `citizenship`); the visitor can change them.
    pub presets: Answers,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub const fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// An accent colour and the text colour readable on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent {
    /// `#rrggbb`.
    pub colour: String,
    /// `#ffffff` or `#0b0c0c`, whichever contrasts more with the accent.
    pub text: &'static str,
}

const LONGEST_FONT: usize = 120;
const LARGEST_RADIUS: u8 = 24;

/// Whether a query string asks for the embedded app (`embed=1`; the last readable `embed`
/// counts). The
/// web app reads this much at once, to lay out the first screen; the rest of the options come
/// with the embedded app's own code.
pub fn requested(search: &str) -> bool {
    crate::i18n::query_pairs(search)
        .filter(|(name, _)| *name == "embed")
        .filter_map(|(_, raw)| percent_decode(raw))
        .last()
        .is_some_and(|value| value == "1")
}

impl EmbedOptions {
    /// Reads the options from a query string (with or without its `?`). Unknown parameters and
    /// invalid values are ignored; the language is read by [`crate::i18n::Lang::from_query`].
    pub fn parse(search: &str) -> EmbedOptions {
        let mut options = EmbedOptions {
            embedded: requested(search),
            ..EmbedOptions::default()
        };
        let mut presets = Vec::new();
        for (name, raw) in crate::i18n::query_pairs(search) {
            let value = percent_decode(raw);
            let Some(value) = value.as_deref() else {
                continue;
            };
            match name {
                "origin" => options.parent_origin = origin(value),
                "events" => options.events = value == "1",
                "theme" => {
                    options.theme = match value {
                        "light" => Some(Theme::Light),
                        "dark" => Some(Theme::Dark),
                        _ => None,
                    }
                }
                "transparent" => options.transparent = value == "1",
                "accent" => options.accent = accent(value),
                "font" => options.font = font(value),
                "radius" => options.radius_px = radius(value),
                "role" => presets.push((name, value.to_owned())),
                // Country codes are written in capitals; a partner may not.
                "citizenship" => presets.push((name, value.to_ascii_uppercase())),
                _ => {}
            }
        }
        let (answers, _) =
            Answers::decode(presets.iter().map(|(name, value)| (*name, value.as_str())));
        options.presets = answers;
        options
    }
}

/// `scheme://host[:port]` with scheme http or https, as `location.origin` writes it (IPv6
/// literals are not accepted).
fn origin(value: &str) -> Option<String> {
    let (scheme, rest) = value.split_once("://")?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok = port.is_none_or(|port| {
        !port.is_empty() && port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit())
    });
    (host_ok && port_ok).then(|| value.to_ascii_lowercase())
}

/// `#rgb` or `#rrggbb` (the `#` may be written `%23` by the host page; it is decoded first).
fn accent(value: &str) -> Option<Accent> {
    let hex = value.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_owned(),
        _ => return None,
    };
    let channel = |at: usize| u8::from_str_radix(&full[at..at + 2], 16).unwrap_or(0);
    let luminance = relative_luminance([channel(0), channel(2), channel(4)]);
    // Contrast ratios against white (luminance 1) and the near-black text (about 0.0037).
    let on_white = 1.05 / (luminance + 0.05);
    let on_black = (luminance + 0.05) / (0.0037 + 0.05);
    Some(Accent {
        colour: format!("#{}", full.to_ascii_lowercase()),
        text: if on_white >= on_black {
            "#ffffff"
        } else {
            "#0b0c0c"
        },
    })
}

/// WCAG 2 relative luminance of an sRGB colour.
fn relative_luminance(rgb: [u8; 3]) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// A font-family list: names of letters, digits, spaces and hyphens, optionally quoted,
/// separated by commas. Nothing that could end the declaration or load a resource.
fn font(value: &str) -> Option<String> {
    let allowed = |c: char| c.is_alphanumeric() || " ,-\"'".contains(c);
    (!value.trim().is_empty()
        && value.chars().count() <= LONGEST_FONT
        && value.chars().all(allowed))
    .then(|| value.to_owned())
}

/// A whole number of pixels from 0 to 24, with or without `px`.
fn radius(value: &str) -> Option<u8> {
    let digits = value.strip_suffix("px").unwrap_or(value);
    (!digits.is_empty() && digits.len() <= 2 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|px| *px <= LARGEST_RADIUS)
}

/// Decodes `%XX` escapes and `+` as a space; `None` if an escape is broken or the bytes are
/// not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'%' => {
                let hex = text.get(at + 1..at + 3)?;
                if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u8::from_str_radix(hex, 16).ok()?);
                at += 3;
            }
            b'+' => {
                out.push(b' ');
                at += 1;
            }
            byte => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
