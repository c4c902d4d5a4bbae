//! Where the visitor is in the questionnaire, as a pure value that the URL fragment carries:
//! the answers and the screen. The fragment is untrusted (typed, shared, saved), so reading it
//! is total: what is valid is kept, the rest is reported. The app only renders a `Location`
//! and asks this module where each link leads; it decides nothing itself.

use chrono::NaiveDate;

use crate::bounded::MAX_ANSWERS_BYTES;
use crate::rules::{
    Anchor, Answer, Answers, Dates, QUESTION_ORDER, QuestionId, RULES_VERSION, Rejected, Rejection,
    RouteId, applicable, estimated_total, next_question, relevant,
};

/// A screen of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Question(QuestionId),
    Check,
    Result,
    /// The employer's hiring plan: several hires at once (`#plan`). Its state is its own,
    /// kept on the device; a shared plan arrives as `#plan=<data>`.
    Plan,
}

/// The answers and the screen showing them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub answers: Answers,
    pub screen: Screen,
    /// Set while changing an answer from the "Check your answers" page: once nothing new is
    /// needed, the visitor goes back there.
    pub changing: bool,
    /// The day the rules are applied as of, when the visitor chose one (default: today).
    pub as_of: Option<NaiveDate>,
    /// The dates the visitor gave for the deadlines.
    pub dates: Dates,
    /// What the link says about the rules it was made with, to tell the visitor when the rules
    /// changed since.
    pub saved: Saved,
    /// The questions asked again because a changed answer changed what they count, in
    /// question order: their pages and "Check your answers" say so, until the result.
    pub reasked: Vec<QuestionId>,
    /// A shared hiring plan as the link carries it (read by the plan screen).
    pub plan: Option<String>,
}

/// What a saved or shared state records about the rules it was made under.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// The rules version the link was made with (absent in hand-made links).
    pub rules: Option<String>,
    /// The primary route of the result when the link was made.
    pub primary: Option<RouteId>,
    /// The link was made by a schema version this app does not know.
    pub unknown_schema: bool,
    /// The link names a screen this version does not have (`at=resul`): it opens at the start
    /// (or where its answers lead), and says so.
    pub unknown_screen: bool,
}

/// The version of the fragment's form.
pub const FRAGMENT_VERSION: &str = "1";
const VERSION_KEY: &str = "v";
const RULES_KEY: &str = "rules";
const PRIMARY_KEY: &str = "was";

const SCREEN_KEY: &str = "at";
const CHANGING_KEY: &str = "change";
const AS_OF_KEY: &str = "asof";
const DATE_PREFIX: &str = "date.";
const MENTORING_KEY: &str = "mentoring";
const REASKED_KEY: &str = "again";
const PLAN_KEY: &str = "plan";

impl Screen {
    fn encode(self) -> String {
        match self {
            Screen::Start => "start".to_owned(),
            Screen::Question(id) => format!("q.{id}"),
            Screen::Check => "check".to_owned(),
            Screen::Result => "result".to_owned(),
            Screen::Plan => PLAN_KEY.to_owned(),
        }
    }

    fn decode(text: &str) -> Option<Screen> {
        match text {
            "start" => Some(Screen::Start),
            "check" => Some(Screen::Check),
            "result" => Some(Screen::Result),
            PLAN_KEY => Some(Screen::Plan),
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
            as_of: None,
            dates: Dates::new(),
            saved: Saved::default(),
            reasked: Vec::new(),
            plan: None,
        }
    }

    /// The hiring plan's screen, with a shared plan's data if a link brought one.
    pub fn plan(data: Option<String>) -> Self {
        Location {
            screen: Screen::Plan,
            plan: data,
            ..Location::start()
        }
    }

    /// The day the rules apply as of: the one chosen, or today.
    pub fn day(&self, today: NaiveDate) -> NaiveDate {
        self.as_of.unwrap_or(today)
    }

    /// Reads a URL fragment (with or without its `#`), keeping every valid answer and a valid,
    /// reachable screen; anything else is reported or replaced by the screen the answers lead
    /// to.
    pub fn parse(fragment: &str, today: NaiveDate) -> (Location, Vec<Rejected>) {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut screen = None;
        let mut changing = false;
        let mut as_of = None;
        let mut dates = Dates::new();
        let mut saved = Saved::default();
        let mut reasked = Vec::new();
        let mut plan = None;
        let mut rejected = Vec::new();
        let mut reject = |key: &str, value: &str| {
            rejected.push(Rejected {
                question: key.to_owned(),
                value: value.to_owned(),
                reason: Rejection::InvalidValue,
            })
        };
        // A questionnaire's state is a few hundred bytes; a shared plan is bounded by its own
        // reader. Anything longer is not read at all, and is reported as one entry.
        let fragment = if fragment.len() > MAX_ANSWERS_BYTES && !fragment.starts_with("plan=") {
            reject("", "");
            ""
        } else {
            fragment
        };
        let mut answer_pairs = Vec::new();
        for (key, value) in crate::i18n::pairs(fragment) {
            match key {
                SCREEN_KEY => {
                    screen = Screen::decode(value);
                    saved.unknown_screen = screen.is_none();
                }
                // `#plan` opens the hiring plan; `#plan=<data>` brings a shared one.
                PLAN_KEY => {
                    screen = Some(Screen::Plan);
                    plan = (!value.is_empty()).then(|| value.to_owned());
                }
                VERSION_KEY => saved.unknown_schema = value != FRAGMENT_VERSION,
                // A version is short and made of digits and dots; anything else is not one.
                RULES_KEY
                    if value.len() <= 20
                        && value.bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
                {
                    saved.rules = Some(value.to_owned())
                }
                PRIMARY_KEY => saved.primary = RouteId::parse(value),
                CHANGING_KEY => changing = value == "1",
                // Only a note of why a question is asked again: what is not a question id
                // is left out.
                REASKED_KEY => reasked = value.split(',').filter_map(QuestionId::parse).collect(),
                AS_OF_KEY => match crate::iso_date::parse(value) {
                    Some(date) => as_of = Some(date),
                    None => reject(key, value),
                },
                MENTORING_KEY => match value.parse::<u8>() {
                    Ok(months) if crate::rules::MENTORING_MONTHS.contains(&months) => {
                        dates = std::mem::take(&mut dates).with_mentoring_months(months)
                    }
                    _ => reject(key, value),
                },
                _ => match key.strip_prefix(DATE_PREFIX) {
                    Some(anchor) => match (Anchor::parse(anchor), crate::iso_date::parse(value)) {
                        (Some(anchor), Some(date)) if anchor != Anchor::EndOfMentoring => {
                            dates = std::mem::take(&mut dates).with(anchor, date)
                        }
                        _ => reject(key, value),
                    },
                    None => answer_pairs.push((key, value)),
                },
            }
        }
        let (answers, bad_answers) = Answers::decode(answer_pairs);
        rejected.extend(bad_answers);
        let location = Location {
            answers,
            screen: screen.unwrap_or(Screen::Start),
            changing,
            as_of,
            dates,
            saved,
            reasked,
            plan,
        };
        let day = location.day(today);
        (location.settled(day), rejected)
    }

    /// The location as the app reads it back once it has written it to the address: under
    /// these rules, settled on a reachable screen. A step the app takes itself is shown from
    /// this at once; only an address the visitor brings (a link, Back) is parsed.
    pub fn written(mut self, today: NaiveDate) -> Location {
        self.saved.rules = Some(RULES_VERSION.to_owned());
        self.saved.unknown_schema = false;
        self.saved.unknown_screen = false;
        // The route a result was reached with is written only on the result's own address.
        if self.screen != Screen::Result {
            self.saved.primary = None;
        }
        let day = self.day(today);
        self.settled(day)
    }

    /// The fragment for this location: the screen, then the answers in question order.
    pub fn to_fragment(&self) -> String {
        // The plan's state is not the questionnaire's: its address is only its own.
        if self.screen == Screen::Plan {
            return match &self.plan {
                Some(data) => format!("{PLAN_KEY}={data}"),
                None => PLAN_KEY.to_owned(),
            };
        }
        let mut parts = vec![
            format!("{VERSION_KEY}={FRAGMENT_VERSION}"),
            format!("{RULES_KEY}={RULES_VERSION}"),
            format!("{SCREEN_KEY}={}", self.screen.encode()),
        ];
        if let Some(primary) = self.saved.primary.filter(|_| self.screen == Screen::Result) {
            parts.push(format!("{PRIMARY_KEY}={primary}"));
        }
        if self.changing {
            parts.push(format!("{CHANGING_KEY}=1"));
        }
        if let Some(as_of) = self.as_of {
            parts.push(format!("{AS_OF_KEY}={as_of}"));
        }
        if !self.reasked.is_empty() {
            let ids: Vec<&str> = self.reasked.iter().map(|id| id.as_str()).collect();
            parts.push(format!("{REASKED_KEY}={}", ids.join(",")));
        }
        parts.extend(
            self.dates
                .given()
                .map(|(anchor, date)| format!("{DATE_PREFIX}{anchor}={date}")),
        );
        if self.dates.mentoring_months() != *crate::rules::MENTORING_MONTHS.start() {
            parts.push(format!("{MENTORING_KEY}={}", self.dates.mentoring_months()));
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
            Screen::Start | Screen::Plan => true,
            Screen::Question(id) => applicable(&answers, as_of).contains(&id),
            Screen::Check | Screen::Result => next.is_none(),
        };
        if !reachable {
            self.screen = next.map_or(Screen::Check, Screen::Question);
        }
        self
    }

    /// Where the visitor goes after answering `question`: the answer recorded, any later
    /// answer whose meaning it changed forgotten (to be asked again), then the next question
    /// or "Check your answers".
    pub fn after_answer(&self, question: QuestionId, answer: Answer, as_of: NaiveDate) -> Location {
        let (answers, stale) = crate::rules::answer(&self.answers, question, answer);
        // In question order, each once.
        let reasked = QUESTION_ORDER
            .iter()
            .copied()
            .filter(|id| self.reasked.contains(id) || stale.contains(id))
            .collect();
        let next = next_question(&relevant(&answers, as_of), as_of);
        let screen = next.map_or(Screen::Check, Screen::Question);
        Location {
            answers,
            screen,
            changing: self.changing && screen != Screen::Check,
            reasked,
            ..self.clone()
        }
    }

    /// Where the in-page Back link leads: the question before this one, or the start.
    pub fn back(&self, as_of: NaiveDate) -> Location {
        let asked = applicable(&relevant(&self.answers, as_of), as_of);
        let screen = match self.screen {
            Screen::Start | Screen::Plan => Screen::Start,
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
            screen,
            changing: false,
            ..self.clone()
        }
    }

    /// The link to change one answer from the "Check your answers" page.
    pub fn change(&self, question: QuestionId) -> Location {
        Location {
            screen: Screen::Question(question),
            changing: true,
            ..self.clone()
        }
    }

    pub fn at(&self, screen: Screen) -> Location {
        Location {
            screen,
            changing: false,
            // Once the visitor has seen the result, why questions were asked again is old news.
            reasked: if screen == Screen::Result {
                Vec::new()
            } else {
                self.reasked.clone()
            },
            ..self.clone()
        }
    }

    /// The answers that apply as of `as_of`, in the order the questions are asked: what
    /// "Check your answers" lists.
    pub fn applicable_answers(&self, as_of: NaiveDate) -> Vec<(QuestionId, Answer)> {
        let answers = relevant(&self.answers, as_of);
        applicable(&answers, as_of)
            .into_iter()
            .filter_map(|question| Some((question, answers.get(question)?.clone())))
            .collect()
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
