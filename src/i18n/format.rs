//! Rule data in words: numbers, dates, deadlines, visas, stay limits, answers and messages
//! with their values. Every screen, export and reference formats through these, so a date or
//! a deadline reads the same everywhere.

use super::{Lang, keys};

impl Lang {
    /// A country's name in this language.
    pub fn country(self, country: crate::rules::Country) -> &'static str {
        self.text(&format!("country.{}", country.as_str()))
    }

    /// Items joined as prose: "a", "a and b", "a, b and c" ("а, б и в", "а, б және в").
    pub fn list(self, items: &[&str]) -> String {
        match items {
            [] => String::new(),
            [only] => (*only).to_owned(),
            [rest @ .., last] => {
                self.format("list.last", &[("list", &rest.join(", ")), ("last", last)])
            }
        }
    }

    /// A whole number as this language writes it: "12,500" in English, "12 500" (with a
    /// no-break space) in Russian and Kazakh. Four-digit numbers stay ungrouped in Russian and
    /// Kazakh, as their style guides ask.
    pub fn number(self, number: impl Into<i64>) -> String {
        let number: i64 = number.into();
        let digits = number.unsigned_abs().to_string();
        let (separator, min_grouped) = match self {
            Lang::En => (",", 4),
            Lang::Ru | Lang::Kk => ("\u{a0}", 5),
        };
        let grouped = if digits.len() < min_grouped {
            digits
        } else {
            let head = digits.len() % 3;
            let mut groups: Vec<&str> = Vec::new();
            if head > 0 {
                groups.push(&digits[..head]);
            }
            groups.extend(
                (head..digits.len())
                    .step_by(3)
                    .map(|at| &digits[at..at + 3]),
            );
            groups.join(separator)
        };
        if number < 0 {
            format!("-{grouped}")
        } else {
            grouped
        }
    }
    /// A deadline rule in words, for example "within 5 working days after the start of work".
    pub fn deadline(self, rule: crate::rules::DeadlineRule) -> String {
        use crate::rules::DeadlineRule as D;
        let anchor = |anchor: crate::rules::Anchor| self.text(&format!("anchor.{anchor}"));
        match rule {
            D::WorkingDaysAfter {
                anchor: a,
                working_days,
            } => self.format(
                "deadline.working_days_after",
                &[("days", &working_days.to_string()), ("anchor", anchor(a))],
            ),
            D::DaysAfter { anchor: a, days } => self.format(
                "deadline.days_after",
                &[("days", &days.to_string()), ("anchor", anchor(a))],
            ),
            D::NotBeforeDaysAfter { anchor: a, days } => self.format(
                "deadline.not_before_days_after",
                &[("days", &days.to_string()), ("anchor", anchor(a))],
            ),
            D::WorkingDaysBefore {
                anchor: a,
                working_days,
            } => self.format(
                "deadline.working_days_before",
                &[("days", &working_days.to_string()), ("anchor", anchor(a))],
            ),
            D::WindowBefore {
                anchor: a,
                earliest,
                latest,
            } => self.format(
                "deadline.window_before",
                &[
                    ("earliest", &earliest.to_string()),
                    ("latest", &latest.to_string()),
                    ("anchor", anchor(a)),
                ],
            ),
            D::By { date } => self.format("deadline.by", &[("date", &self.date(date))]),
            D::YearlyBy { month, day } => self.format(
                "deadline.yearly_by",
                &[
                    ("day", &day.to_string()),
                    ("month", self.text(&format!("month.{month}"))),
                ],
            ),
        }
    }

    /// The visa a route needs, in words.
    pub fn visa(self, visa: crate::rules::Visa) -> String {
        use crate::rules::{Issued, Visa};
        match visa {
            Visa::NotNeeded => self.text("visa.not_needed").to_owned(),
            Visa::VisaFree { days_per_entry, .. } => {
                self.format("visa.visa_free", &[("days", &days_per_entry.to_string())])
            }
            Visa::Required {
                code,
                issued: Issued::Abroad,
            } => self.format("visa.required", &[("code", code.as_str())]),
            Visa::Required {
                code,
                issued: Issued::AbroadOrInKazakhstan,
            } => self.format("visa.required_or_in_kazakhstan", &[("code", code.as_str())]),
            Visa::ResidencePermit { days_per_entry } => self.format(
                "visa.residence_permit",
                &[("days", &days_per_entry.to_string())],
            ),
            Visa::CheckWithConsulate => self.text("visa.check_with_consulate").to_owned(),
        }
    }

    /// The limits of a stay rule in words, for example "Up to 30 days per entry, and at most
    /// 90 days in any 180".
    pub fn stay_rule(self, rule: &crate::rules::StayRule) -> String {
        match rule.rolling {
            Some((days, window)) => self.format(
                "stay.rule",
                &[
                    ("per_entry", &rule.days_per_entry.to_string()),
                    ("days", &self.number(days)),
                    ("window", &window.to_string()),
                ],
            ),
            None => self.format(
                "stay.rule_unconfirmed",
                &[("per_entry", &rule.days_per_entry.to_string())],
            ),
        }
    }

    /// A date as people write it, for example "1 April 2026".
    pub fn date(self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        self.format(
            "date.long",
            &[
                ("day", &date.day().to_string()),
                ("month", self.text(&format!("month.{}", date.month()))),
                ("year", &date.year().to_string()),
            ],
        )
    }

    /// An answer as the visitor reads it: option texts, a country's name, a number.
    pub fn answer(
        self,
        question: crate::rules::QuestionId,
        answer: &crate::rules::Answer,
    ) -> String {
        use crate::rules::Answer;
        match answer {
            Answer::Choice(option) => self.text(&keys::option(question, *option)).to_owned(),
            Answer::Choices(options) => options
                .iter()
                .map(|option| self.text(&keys::option(question, *option)))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::Country(country) => self.country(*country).to_owned(),
            Answer::Number(number) => self.number(*number),
            Answer::Unknown => self.text("answer.unknown").to_owned(),
        }
    }

    /// A rule message with its parameters filled in (numbers as digits, countries by name,
    /// visas by code, dates in ISO form), speaking of the worker in the third person.
    pub fn render(self, key: &str, params: &[crate::rules::Param]) -> String {
        self.render_for(key, params, crate::rules::Party::Employer)
    }

    /// A rule message as `reader` reads it (see [`Lang::text_for`]), parameters filled in.
    pub fn render_for(
        self,
        key: &str,
        params: &[crate::rules::Param],
        reader: crate::rules::Party,
    ) -> String {
        use crate::rules::Value;
        let values: Vec<(&str, String)> = params
            .iter()
            .map(|param| {
                let value = match &param.value {
                    Value::Number(number) => self.number(*number),
                    Value::Year(year) => year.to_string(),
                    Value::Country(country) => self.country(*country).to_owned(),
                    Value::Visa(code) => code.as_str().to_owned(),
                    Value::Date(date) => self.date(*date),
                };
                (param.name, value)
            })
            .collect();
        let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        super::catalog::fill(self.text_for(key, reader), &pairs)
    }
}

/// Citations, parties, documents and deadlines as every page and file writes them.
impl Lang {
    /// A source's act and article: "Order No. 279 …, Local-content ratio".
    pub fn source_name(self, id: crate::rules::SourceId) -> String {
        format!(
            "{}, {}",
            self.text(&keys::source_title(id)),
            self.text(&keys::source_article(id))
        )
    }

    /// A source in one line, for files and calendars: act, article, address, what was read and
    /// when it was last checked.
    pub fn citation(self, id: crate::rules::SourceId) -> String {
        let source = id.source();
        format!(
            "{} ({}; {}; {})",
            self.source_name(id),
            self.source_url(id),
            self.text(keys::read(source.read)),
            self.format(
                "verdict.last_verified",
                &[("date", &self.date(source.last_verified))]
            )
        )
    }

    /// A source's address in this language where the site has the page in it: every act on
    /// adilet.zan.kz is published in Kazakh as well as Russian (English only for some).
    pub fn source_url(self, id: crate::rules::SourceId) -> String {
        let url = id.source().url;
        match (self, url.strip_prefix("https://adilet.zan.kz/rus/")) {
            (Lang::Kk, Some(rest)) => format!("https://adilet.zan.kz/kaz/{rest}"),
            _ => url.to_owned(),
        }
    }

    /// Where an online service is, in this language where the service has it.
    pub fn service_url(self, service: crate::rules::Service) -> &'static str {
        use crate::rules::Service;
        match (service, self) {
            (Service::Enbek, Lang::Kk) => "https://www.enbek.kz/kk",
            (Service::Enbek, _) => "https://www.enbek.kz/ru",
            (Service::MigrationEnbek, _) => "https://migration.enbek.kz/",
            (Service::Egov, Lang::En) => "https://egov.kz/cms/en",
            (Service::Egov, Lang::Ru) => "https://egov.kz/cms/ru",
            (Service::Egov, Lang::Kk) => "https://egov.kz/cms/kk",
            (Service::Eqonaq, _) => "https://eqonaq.kz/",
            (Service::VisaPortal, _) => "https://www.vmp.gov.kz/",
        }
    }

    /// A source's standing in words: its confidence, when it was last checked, what was read.
    pub fn source_standing(self, id: crate::rules::SourceId) -> String {
        let source = id.source();
        format!(
            "{}. {}. {}",
            self.text(keys::confidence(source.confidence)),
            self.format(
                "verdict.last_verified",
                &[("date", &self.date(source.last_verified))]
            ),
            self.text(keys::read(source.read))
        )
    }

    /// What a foreign document needs before it is handed in, where it needs anything.
    pub fn legalisation(self, legalisation: crate::rules::Legalisation) -> Option<String> {
        keys::legalisation(legalisation)
            .map(|key| self.format("result.legalisation", &[("what", self.text(key))]))
    }

    /// When a dated deadline falls: "By 3 March 2027", "Between … and …".
    pub fn due(self, due: crate::rules::Due) -> String {
        match (due.earliest, due.latest) {
            (Some(from), Some(to)) => self.format(
                "timeline.between",
                &[("from", &self.date(from)), ("to", &self.date(to))],
            ),
            (Some(from), None) => self.format("timeline.not_before", &[("date", &self.date(from))]),
            (None, Some(to)) => self.format("timeline.by", &[("date", &self.date(to))]),
            (None, None) => String::new(),
        }
    }

    /// Where a deadline stands today: "in 6 days (4 working days)", "overdue by 2 days".
    pub fn standing(self, standing: crate::rules::Standing) -> String {
        use crate::rules::Standing;
        match standing {
            Standing::NotYet { days } => {
                self.format("timeline.not_yet", &[("days", &self.number(days))])
            }
            Standing::OpenNow => self.text("timeline.open_from").to_owned(),
            Standing::Open { days, working_days } => self.format(
                "timeline.open",
                &[
                    ("days", &self.number(days)),
                    ("working_days", &self.number(working_days)),
                ],
            ),
            Standing::DueToday => self.text("timeline.due_today").to_owned(),
            Standing::Overdue { days } => {
                self.format("timeline.overdue", &[("days", &self.number(days))])
            }
        }
    }

    /// How far the working days of a year can be trusted.
    pub fn calendar_note(self, year: i32) -> String {
        use crate::rules::{CalendarStatus, calendar_status};
        let key = match calendar_status(year) {
            CalendarStatus::Published => "timeline.calendar.published",
            CalendarStatus::Computed => "timeline.calendar.computed",
            CalendarStatus::Estimate => "timeline.calendar.estimate",
        };
        self.format(key, &[("year", &year.to_string())])
    }
}
