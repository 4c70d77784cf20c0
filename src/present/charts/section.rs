//! A whole chart as markup: heading, summary, drawing, legend, note, and the same numbers as a
//! table. Written as text for the reason [`super::svg`] gives; the shell inserts it as one raw
//! node, so the Progress view's charts are entirely decided (and tested) here.

use super::svg::escape;
use super::{Chart, DataTable, Markup};
use crate::present::text::ChartWords;

/// One chart's heading and the ids of its parts, all starting with the chart's prefix, because
/// all charts share the widget's shadow root.
pub struct Frame {
    /// The visible heading, which also names the image, picked from the chart's words.
    pub heading: fn(&ChartWords) -> &'static str,
    /// The heading's id.
    pub heading_id: &'static str,
    /// The summary's id.
    pub summary_id: &'static str,
    /// The note's id, when the chart has a note.
    pub note_id: &'static str,
}

/// A [`Frame`] whose ids are all made from `$slug` (`momentum-{slug}-title`, `-summary`,
/// `-note`), so no chart's ids can drift from the pattern.
macro_rules! frame {
    ($slug:literal, $heading:ident) => {
        Frame {
            heading: |words| words.$heading,
            heading_id: concat!("momentum-", $slug, "-title"),
            summary_id: concat!("momentum-", $slug, "-summary"),
            note_id: concat!("momentum-", $slug, "-note"),
        }
    };
}

/// Minutes each week against the plan.
pub const MINUTES: Frame = frame!("minutes", minutes_title);

/// The consistency score, described by its summary and the note on how the score works.
pub const CONSISTENCY: Frame = frame!("consistency", consistency_title);

/// Mood before and after sessions.
pub const MOOD: Frame = frame!("mood", mood_title);

/// The calendar of active days.
pub const CALENDAR: Frame = frame!("calendar", calendar_title);

/// The chart's `<section>`. With nothing to draw yet it holds just the heading and the friendly
/// summary. The section is deliberately unlabelled so four charts do not add four landmarks; the
/// heading is how screen-reader users move between them.
pub fn section(frame: &Frame, chart: &dyn Chart) -> Markup {
    let words = chart.words();
    let mut out = String::with_capacity(8192);
    out.push_str(if chart.is_empty() {
        "<section class=\"chart is-empty\">"
    } else {
        "<section class=\"chart\">"
    });
    element(
        &mut out,
        "<h3 class=\"chart-title\" id=\"",
        frame.heading_id,
        (frame.heading)(words),
        "h3",
    );
    element(
        &mut out,
        "<p class=\"chart-summary\" id=\"",
        frame.summary_id,
        chart.summary(),
        "p",
    );
    if !chart.is_empty() {
        out.push_str("<div class=\"chart-figure\">");
        // The image is described by its summary, and by the note when the chart has one.
        let described_by = match chart.note() {
            Some(_) => format!("{} {}", frame.summary_id, frame.note_id),
            None => frame.summary_id.to_owned(),
        };
        out.push_str(&chart.svg(frame.heading_id, &described_by));
        out.push_str("</div>");
        out.push_str(&chart.legend());
        if let Some(note) = chart.note() {
            element(
                &mut out,
                "<p class=\"chart-note\" id=\"",
                frame.note_id,
                note,
                "p",
            );
        }
        table(&mut out, chart.table(), words.show_table);
    }
    out.push_str("</section>");
    Markup(out)
}

/// `start` (an opening tag up to its id's opening quote), the id, then `text` and `</tag>`.
fn element(out: &mut String, start: &str, id: &str, text: &str, tag: &str) {
    out.push_str(start);
    out.push_str(id);
    out.push_str("\">");
    escape(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// The same numbers as the chart, in a closed-by-default disclosure. A cell with a fuller label
/// shows its short text to sighted visitors and reads the label to screen readers. No scroll
/// box: every table is laid out to fit the narrowest screen with its text wrapping, so nothing
/// is out of reach of a keyboard.
fn table(out: &mut String, table: &DataTable, show: &str) {
    out.push_str("<details class=\"chart-table\"><summary>");
    escape(out, show);
    out.push_str("</summary><table><caption>");
    escape(out, &table.caption);
    out.push_str("</caption><thead><tr>");
    for header in &table.headers {
        out.push_str("<th scope=\"col\">");
        escape(out, header);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        out.push_str("<tr><th scope=\"row\">");
        escape(out, &row.header);
        out.push_str("</th>");
        for cell in &row.cells {
            out.push_str("<td>");
            match &cell.label {
                Some(label) => {
                    out.push_str("<span aria-hidden=\"true\">");
                    escape(out, &cell.text);
                    out.push_str("</span><span class=\"visually-hidden\">");
                    escape(out, label);
                    out.push_str("</span>");
                }
                None => escape(out, &cell.text),
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></details>");
}

#[cfg(test)]
mod tests {
    use super::super::{TableCell, TableRow};
    use super::*;

    /// A chart with fixed words, to check the frame around it.
    struct Fixed {
        empty: bool,
        table: DataTable,
    }

    impl Chart for Fixed {
        fn words(&self) -> &'static ChartWords {
            &crate::present::text::EN.charts
        }
        fn is_empty(&self) -> bool {
            self.empty
        }
        fn summary(&self) -> &str {
            "1 < 2 & \"so\""
        }
        fn table(&self) -> &DataTable {
            &self.table
        }
        fn note(&self) -> Option<&'static str> {
            Some("How it works.")
        }
        fn svg(&self, labelled_by: &str, described_by: &str) -> String {
            format!("<svg {labelled_by} {described_by}></svg>")
        }
    }

    fn fixed(empty: bool) -> Fixed {
        Fixed {
            empty,
            table: DataTable {
                caption: "Minutes & targets".into(),
                headers: vec!["Week".into(), "Done".into()],
                rows: vec![TableRow {
                    header: "Wk 1".into(),
                    cells: vec![
                        TableCell::plain("10"),
                        TableCell {
                            text: "2".into(),
                            label: Some("2 sessions <done>".into()),
                        },
                    ],
                }],
            },
        }
    }

    #[test]
    fn an_empty_chart_is_its_heading_and_summary() {
        assert_eq!(
            section(&MINUTES, &fixed(true)).as_str(),
            "<section class=\"chart is-empty\"><h3 class=\"chart-title\" \
             id=\"momentum-minutes-title\">Minutes each week</h3><p class=\"chart-summary\" \
             id=\"momentum-minutes-summary\">1 &lt; 2 &amp; &quot;so&quot;</p></section>"
        );
    }

    #[test]
    fn a_drawn_chart_has_its_image_note_and_table() {
        let markup = section(&CONSISTENCY, &fixed(false));
        let markup = markup.as_str();
        assert!(markup.contains(
            "<div class=\"chart-figure\"><svg momentum-consistency-title \
             momentum-consistency-summary momentum-consistency-note></svg></div>"
        ));
        assert!(markup.contains(
            "<p class=\"chart-note\" id=\"momentum-consistency-note\">How it works.</p>"
        ));
        assert!(markup.contains(
            "<table><caption>Minutes &amp; targets</caption><thead><tr><th scope=\"col\">Week\
             </th><th scope=\"col\">Done</th></tr></thead><tbody><tr><th scope=\"row\">Wk 1</th>\
             <td>10</td><td><span aria-hidden=\"true\">2</span><span class=\"visually-hidden\">\
             2 sessions &lt;done&gt;</span></td></tr></tbody></table>"
        ));
        assert!(markup
            .contains("<details class=\"chart-table\"><summary>Show as a table</summary><table>"));
        assert!(markup.ends_with("</details></section>"));
    }

    #[test]
    fn headings_and_disclosures_speak_the_charts_language() {
        struct Spanish(Fixed);
        impl Chart for Spanish {
            fn words(&self) -> &'static ChartWords {
                &crate::present::text::ES.charts
            }
            fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
            fn summary(&self) -> &str {
                self.0.summary()
            }
            fn table(&self) -> &DataTable {
                self.0.table()
            }
            fn svg(&self, labelled_by: &str, described_by: &str) -> String {
                self.0.svg(labelled_by, described_by)
            }
        }
        let markup = section(&MOOD, &Spanish(fixed(false)));
        assert!(markup
            .as_str()
            .contains(">Ánimo antes y después de las sesiones</h3>"));
        assert!(markup
            .as_str()
            .contains("<summary>Ver como tabla</summary>"));
    }
}
