//! Where the visitor is in the questionnaire, as a pure value that the URL fragment carries:
//! the answers and the screen. The fragment is untrusted (typed, shared, saved), so reading it
//! is total: what is valid is kept, the rest is reported. The app only renders a `Location`
//! and asks this module where each link leads; it decides nothing itself.

use chrono::NaiveDate;

use crate::rules::flow::{applicable, estimated_total, next_question, relevant};
use crate::rules::{Answers, QuestionId, Rejected};

/// A screen of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Question(QuestionId),
    Check,
    Result,
}

/// The answers and the screen showing them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub answers: Answers,
    pub screen: Screen,
    /// Set while changing an answer from the "Check your answers" page: once nothing new is
    /// needed, the visitor goes back there.
    pub changing: bool,
}

const SCREEN_KEY: &str = "at";
const CHANGING_KEY: &str = "change";

impl Screen {
    fn encode(self) -> String {
        match self {
            Screen::Start => "start".to_owned(),
            Screen::Question(id) => format!("q.{id}"),
            Screen::Check => "check".to_owned(),
            Screen::Result => "result".to_owned(),
        }
    }

    fn decode(text: &str) -> Option<Screen> {
        match text {
            "start" => Some(Screen::Start),
            "check" => Some(Screen::Check),
            "result" => Some(Screen::Result),
            _ => text
                .strip_prefix("q.")
                .and_then(QuestionId::parse)
                .map(Screen::Question),
        }
    }
}

impl Location {
    pub fn start() -> Self {
        Location {
            answers: Answers::new(),
            screen: Screen::Start,
            changing: false,
        }
    }

    /// Reads a URL fragment (with or without its `#`), keeping every valid answer and a valid,
    /// reachable screen; anything else is reported or replaced by the screen the answers lead
    /// to.
    pub fn parse(fragment: &str, as_of: NaiveDate) -> (Location, Vec<Rejected>) {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut screen = None;
        let mut changing = false;
        let pairs = fragment
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
            .filter(|(key, value)| match *key {
                SCREEN_KEY => {
                    screen = Screen::decode(value);
                    false
                }
                CHANGING_KEY => {
                    changing = *value == "1";
                    false
                }
                _ => true,
            });
        let (answers, rejected) = Answers::decode(pairs.collect::<Vec<_>>());
        let location = Location {
            answers,
            screen: screen.unwrap_or(Screen::Start),
            changing,
        };
        (location.settled(as_of), rejected)
    }

    /// The fragment for this location: the screen, then the answers in question order.
    pub fn to_fragment(&self) -> String {
        let mut parts = vec![format!("{SCREEN_KEY}={}", self.screen.encode())];
        if self.changing {
            parts.push(format!("{CHANGING_KEY}=1"));
        }
        parts.extend(
            self.answers
                .iter()
                .map(|(question, answer)| format!("{question}={}", answer.encode())),
        );
        parts.join("&")
    }

    /// The same location with its screen made reachable: a question that no longer applies,
    /// a result before the answers are complete, or a check page with questions left, leads
    /// to the next question instead.
    pub fn settled(mut self, as_of: NaiveDate) -> Location {
        let answers = relevant(&self.answers, as_of);
        let next = next_question(&answers, as_of);
        let reachable = match self.screen {
            Screen::Start => true,
            Screen::Question(id) => applicable(&answers, as_of).contains(&id),
            Screen::Check | Screen::Result => next.is_none(),
        };
        if !reachable {
            self.screen = next.map_or(Screen::Check, Screen::Question);
        }
        self
    }

    /// Where the visitor goes after answering the question on screen.
    pub fn after_answer(&self, answers: Answers, as_of: NaiveDate) -> Location {
        let next = next_question(&relevant(&answers, as_of), as_of);
        let screen = next.map_or(Screen::Check, Screen::Question);
        Location {
            answers,
            screen,
            changing: self.changing && screen != Screen::Check,
        }
    }

    /// Where the in-page Back link leads: the question before this one, or the start.
    pub fn back(&self, as_of: NaiveDate) -> Location {
        let asked = applicable(&relevant(&self.answers, as_of), as_of);
        let screen = match self.screen {
            Screen::Start => Screen::Start,
            Screen::Question(id) => match asked.iter().position(|q| *q == id) {
                Some(index) if index > 0 => Screen::Question(asked[index - 1]),
                _ => Screen::Start,
            },
            Screen::Check => asked
                .last()
                .copied()
                .map_or(Screen::Start, Screen::Question),
            Screen::Result => Screen::Check,
        };
        Location {
            answers: self.answers.clone(),
            screen,
            changing: false,
        }
    }

    /// The link to change one answer from the "Check your answers" page.
    pub fn change(&self, question: QuestionId) -> Location {
        Location {
            answers: self.answers.clone(),
            screen: Screen::Question(question),
            changing: true,
        }
    }

    pub fn at(&self, screen: Screen) -> Location {
        Location {
            answers: self.answers.clone(),
            screen,
            changing: false,
        }
    }

    /// "Question n of about m" for a question screen.
    pub fn progress(&self, as_of: NaiveDate) -> Option<(usize, usize)> {
        let Screen::Question(id) = self.screen else {
            return None;
        };
        let answers = relevant(&self.answers, as_of);
        let position = applicable(&answers, as_of).iter().position(|q| *q == id)? + 1;
        Some((position, estimated_total(&answers, as_of).max(position)))
    }
}
