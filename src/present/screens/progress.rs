//! Progress over the whole history: totals, minutes against each week's plan, the consistency
//! score, mood before and after, and a calendar of active days, with a marker where each plan
//! began. Every number is derived from the log and the stored weeks; nothing here is stored.

use chrono::{NaiveDate, Weekday};

use crate::core::consistency::{history_scores, DailyScore};
use crate::core::plan::schedule::Schedule;
use crate::core::plan::PlanStart;
use crate::core::stats::{self, WeekSummary};
use crate::present::charts::section::{section, CALENDAR, CONSISTENCY, MINUTES, MOOD};
use crate::present::charts::{
    activity_calendar, consistency_chart, day_counts, minutes_chart, mood_chart, DayCount, Markup,
};
use crate::present::embed::EmbedConfig;
use crate::present::state::WidgetState;
use crate::present::text::Text;

/// The Progress screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressView {
    /// "Your progress".
    pub title: &'static str,
    /// Label and number: sessions done, minutes moved, active days.
    pub totals: [(&'static str, u32); 3],
    /// Where each later plan began: "Plan 2 began on Mon 6 Apr."
    pub plan_marks: Vec<String>,
    /// What the four charts are drawn from; the shell draws them for the width it has.
    pub charts: ProgressCharts,
    /// What the visitor's own mood notes show, once there are enough of them.
    pub mood: Option<String>,
    /// "Prepare a summary for my clinician".
    pub summary: &'static str,
}

/// Everything the four charts show, derived once per render. [`ProgressCharts::draw`] lays them
/// out for a width, so the shell can draw them again when its width changes without deriving
/// anything again.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressCharts {
    weeks: Vec<WeekSummary>,
    scores: Vec<DailyScore>,
    days: Vec<DayCount>,
    plans: Vec<PlanStart>,
    today: NaiveDate,
    week_start: Weekday,
    text: &'static Text,
}

impl ProgressCharts {
    /// The four charts drawn `width` CSS pixels wide, each a finished, escaped `<section>`.
    pub fn draw(&self, width: f64) -> [Markup; 4] {
        let t = self.text;
        [
            section(&MINUTES, &minutes_chart(&self.weeks, self.today, t, width)),
            section(
                &CONSISTENCY,
                &consistency_chart(&self.scores, &self.plans, t, width),
            ),
            section(&MOOD, &mood_chart(&self.weeks, t, width)),
            section(
                &CALENDAR,
                &activity_calendar(
                    &self.days,
                    &self.plans,
                    self.today,
                    self.week_start,
                    t,
                    width,
                ),
            ),
        ]
    }
}

/// The Progress screen's view.
pub fn view(
    state: &WidgetState,
    schedule: &Schedule,
    config: &EmbedConfig,
    t: &'static Text,
) -> ProgressView {
    let log = &state.record.log;
    let totals = stats::totals(log.entries());
    let words = &t.progress;
    let insight = stats::mood_insight(log.entries());
    let mood = insight.is_ready().then(|| {
        let mut text = (words.mood_better)(insight.better_days, insight.days);
        // Half the days or fewer: say kindly that this is fine, too.
        if insight.better_days * 2 <= insight.days {
            text.push(' ');
            text.push_str(words.mood_kind);
        }
        text
    });
    ProgressView {
        mood,
        summary: t.summary.open,
        title: words.title,
        totals: [
            (words.sessions_done, totals.sessions_done),
            (words.minutes_moved, totals.minutes_done),
            (words.active_days, totals.active_days),
        ],
        plan_marks: state
            .record
            .plans
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, p)| p.start <= state.today)
            .map(|(i, p)| (words.plan_began)(i + 1, &t.dates.short(p.start)))
            .collect(),
        charts: ProgressCharts {
            weeks: stats::weekly_summaries(schedule, log, state.today),
            scores: history_scores(schedule, log, state.today),
            days: day_counts(log.entries()),
            plans: state.record.plans.clone(),
            today: state.today,
            week_start: config.week_start,
            text: t,
        },
    }
}

#[cfg(test)]
mod tests {
    use chrono::Days;

    use super::*;
    use crate::core::activity::Activity;
    use crate::core::log::{Effort, LogEntry, Outcome};
    use crate::core::plan::Choices;
    use crate::core::record::Record;
    use crate::present::state::SaveMode;
    use crate::present::text::{EN, ES};

    fn day(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(n)
    }

    /// A visitor who walks on Mondays, Wednesdays and Fridays from day 0 to `today` (with moods),
    /// with a second plan from day `second` if given.
    fn visitor(second: Option<u64>, today: u64) -> WidgetState {
        let choices = Choices {
            activities: vec![Activity::Walking],
            minutes_today: 10,
            weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
            gentle: false,
        };
        let mut record = Record::default();
        record.start_first_plan(choices, day(0), day(0)).unwrap();
        for n in 0..=today {
            if second == Some(n) {
                record.catch_up(day(n));
                assert!(record.start_next_plan(day(n)), "plan 2 on day {n}");
            }
            if n % 7 % 2 == 0 && n % 7 < 5 {
                let entry = LogEntry {
                    mood_before: Some(2),
                    mood_after: Some(4),
                    ..LogEntry::new(
                        day(n),
                        Activity::Walking,
                        Outcome::Done {
                            minutes: 10,
                            effort: Some(Effort::JustRight),
                        },
                    )
                };
                record.log_session(entry);
            }
        }
        record.catch_up(day(today));
        WidgetState::new(record, SaveMode::Save, None, day(today))
    }

    /// The text of some markup, without its tags.
    fn text_of(markup: &str) -> String {
        markup
            .split('<')
            .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn charts(state: &WidgetState, t: &'static Text, width: f64) -> [String; 4] {
        let view = view(state, &state.schedule(), &EmbedConfig::default(), t);
        view.charts.draw(width).map(|m| m.as_str().to_owned())
    }

    #[test]
    fn one_plan_draws_four_charts_without_plan_markers() {
        let state = visitor(None, 30);
        let [minutes, score, mood, calendar] = charts(&state, &EN, 320.0);
        for chart in [&minutes, &score, &mood, &calendar] {
            assert!(chart.contains("<svg class=\"chart-svg"), "{chart}");
            assert!(!chart.contains("chart-plan"), "{chart}");
        }
        assert!(minutes.contains(">Minutes each week</h3>"));
        assert!(score.contains("since Mon, Jan 5."));
        assert!(mood.contains("Week 5: mood 2.0 before and 4.0 after sessions"));
        assert!(
            calendar.contains("You were active on 14 days in the 5 weeks shown."),
            "{calendar}"
        );
    }

    #[test]
    fn two_plans_mark_where_the_second_began() {
        // Plan 2 straight after plan 1 (day 84), and after a three-week gap (day 105).
        for second in [84, 105] {
            let state = visitor(Some(second), second + 24);
            assert_eq!(state.record.plans.len(), 2);
            let began = format!(
                "A line marks where plan 2 began, on {}.",
                EN.dates.short(day(second))
            );
            let [minutes, score, mood, calendar] = charts(&state, &EN, 390.0);
            for chart in [&minutes, &score, &mood] {
                assert!(chart.contains(&began), "{chart}");
                assert_eq!(
                    chart.matches("<g class=\"chart-plan\">").count(),
                    1,
                    "{chart}"
                );
                assert!(chart.contains(">Plan 2</text>"));
                assert!(chart.contains("<th scope=\"col\">Plan</th>"));
            }
            assert!(minutes.contains("Week 4 of plan 2 so far: "), "{minutes}");
            assert!(minutes.contains("<th scope=\"row\">Wk\u{a0}12</th><td>1</td>"));
            assert!(minutes.contains("<th scope=\"row\">Wk\u{a0}1</th><td>2</td>"));
            assert!(mood.contains("Week 4 of plan 2: mood 2.0 before and 4.0 after sessions"));
            // The score runs on across the plans: the twelve weeks shown began in plan 1.
            assert!(score.contains(&format!("since {}.", EN.dates.short(day(second + 24 - 83)))));
            assert_eq!(
                score.contains("<td>No\u{a0}plan</td>"),
                second == 105,
                "{score}"
            );
            assert_eq!(calendar.contains("no plan that day"), second == 105);
            let drawing = calendar.split("</svg></div>").next().unwrap();
            assert_eq!(drawing.matches("<g class=\"cal-day").count(), 12 * 7);
        }
    }

    #[test]
    fn the_charts_are_drawn_for_the_width_they_have_in_the_visitors_language() {
        let state = visitor(Some(84), 100);
        for width in [254.0, 324.0, 646.0] {
            let [minutes, score, mood, calendar] = charts(&state, &ES, width);
            for chart in [minutes, score, mood] {
                assert!(chart.contains(&format!(" width=\"{width}\"")), "{chart}");
            }
            // The calendar stops growing at a comfortable width.
            assert!(calendar.contains(&format!(" width=\"{}\"", width.min(420.0))));
        }
        let [minutes, score, mood, calendar] = charts(&state, &ES, 324.0);
        assert!(minutes.contains(">Minutos por semana</h3>"));
        assert!(minutes.contains("<summary>Ver como tabla</summary>"));
        assert!(score.contains(ES.charts.score_explanation));
        assert!(mood.contains(">El 1 es bajo y el 5 es bueno.</p>"));
        assert!(calendar.contains(">mié</text>"));
        for chart in [&minutes, &score, &mood, &calendar] {
            let words = text_of(chart);
            for english in [
                "Week",
                "Show as a table",
                "today",
                "Plan's",
                "session",
                "Active",
            ] {
                assert!(!words.contains(english), "{english} in {words}");
            }
        }
    }
}
