//! What was left out while reading untrusted input, in bounded form. A crafted link or file
//! can hold hundreds of thousands of bad entries; the list of them is what a person reads (or
//! a program gets back), so it keeps the first [`SHOWN`] different ones and counts the rest,
//! and every value in it is cut short ([`cut`]). Memory never grows with the input.

/// The longest answers read, in bytes, however they come: a link's fragment, the state this
/// device stored, a JSON request (a full questionnaire is under 1 KB). A shared plan has its
/// own limit ([`crate::hiring::wire::MAX_BYTES`]).
pub const MAX_ANSWERS_BYTES: usize = 16 * 1024;

/// How many different entries are kept: a screenful.
pub const SHOWN: usize = 20;

/// The longest key or value kept in a message, in bytes of UTF-8.
pub const MAX_ECHO: usize = 60;

/// The first [`SHOWN`] different entries, and how many more there were (repeats included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bounded<T> {
    shown: Vec<T>,
    more: usize,
}

impl<T> Default for Bounded<T> {
    fn default() -> Self {
        Bounded {
            shown: Vec::new(),
            more: 0,
        }
    }
}

impl<T: PartialEq> Bounded<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// A list of one entry.
    pub fn one(entry: T) -> Self {
        Bounded {
            shown: vec![entry],
            more: 0,
        }
    }

    /// Keeps `entry` if it is new and there is room, else counts it.
    pub fn push(&mut self, entry: T) {
        if self.shown.len() < SHOWN && !self.shown.contains(&entry) {
            self.shown.push(entry);
        } else {
            self.more = self.more.saturating_add(1);
        }
    }

    pub fn extend(&mut self, other: Bounded<T>) {
        other.shown.into_iter().for_each(|entry| self.push(entry));
        self.more = self.more.saturating_add(other.more);
    }

    /// The entries kept, in the order they came.
    pub fn shown(&self) -> &[T] {
        &self.shown
    }

    /// How many entries came beyond those kept.
    pub fn more(&self) -> usize {
        self.more
    }

    /// Every entry that came, kept or counted.
    pub fn total(&self) -> usize {
        self.shown.len().saturating_add(self.more)
    }

    /// The same list with each entry kept changed by `change` (the count of the rest kept).
    pub fn map<U>(&self, change: impl FnMut(&T) -> U) -> Bounded<U> {
        Bounded {
            shown: self.shown.iter().map(change).collect(),
            more: self.more,
        }
    }
}

/// Read as the entries kept.
impl<T> std::ops::Deref for Bounded<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.shown
    }
}

impl<T: PartialEq> FromIterator<T> for Bounded<T> {
    fn from_iter<I: IntoIterator<Item = T>>(entries: I) -> Self {
        let mut bounded = Bounded::new();
        entries.into_iter().for_each(|entry| bounded.push(entry));
        bounded
    }
}

impl<'a, T> IntoIterator for &'a Bounded<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.shown.iter()
    }
}

/// `text` as a message quotes it: at most [`MAX_ECHO`] bytes (cut on a character's boundary),
/// an ellipsis where cut.
pub fn cut(text: &str) -> String {
    if text.len() <= MAX_ECHO {
        return text.to_owned();
    }
    let mut end = MAX_ECHO;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut cut = text[..end].to_owned();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_a_screenful_of_different_entries_and_counts_the_rest() {
        let list: Bounded<u32> = (0..100).chain(std::iter::repeat_n(3, 1000)).collect();
        assert_eq!(list.shown(), (0..20).collect::<Vec<_>>());
        assert_eq!((list.more(), list.total()), (1080, 1100));
        let repeats: Bounded<&str> = std::iter::repeat_n("a=b", 249_000).collect();
        assert_eq!((repeats.shown(), repeats.more()), (&["a=b"][..], 248_999));
    }

    #[test]
    fn cuts_long_values_on_a_character_boundary() {
        assert_eq!(cut("short"), "short");
        let long = "ж".repeat(100);
        assert_eq!(cut(&long), format!("{}…", "ж".repeat(MAX_ECHO / 2)));
        assert_eq!(
            cut(&format!("x{long}")),
            format!("x{}…", "ж".repeat(MAX_ECHO / 2 - 1))
        );
        assert_eq!(cut(&"x".repeat(MAX_ECHO)), "x".repeat(MAX_ECHO));
    }
}
