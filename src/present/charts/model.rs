//! The pieces every chart's view model is built from: its coordinate space and plot area,
//! points, rectangles, labels, plan markers and gridlines, and the table that says the same.

use super::text_width;

/// The SVG coordinate space of one chart (its `viewBox`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    /// Always [`VIEW_WIDTH`](super::VIEW_WIDTH); kept here so renderers and tests need no constant.
    pub width: f64,
    /// Depends on the chart (and, for the calendar, on how many weeks it shows).
    pub height: f64,
}

impl ViewBox {
    /// Whether a point is finite and inside the box; what the property tests check.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x.is_finite()
            && y.is_finite()
            && (0.0..=self.width).contains(&x)
            && (0.0..=self.height).contains(&y)
    }
}

/// Where data is drawn inside the view box; gridlines run from `left` to `right`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotArea {
    /// Left edge, right of the y-axis labels.
    pub left: f64,
    /// Top edge; the largest value is drawn here.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge (the baseline); the smallest value is drawn here.
    pub bottom: f64,
}

impl PlotArea {
    /// Horizontal space for data.
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    /// Vertical space for data.
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// A point in chart coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Horizontal position, 0 at the left.
    pub x: f64,
    /// Vertical position, 0 at the top (SVG's convention).
    pub y: f64,
}

/// A plain rectangle, e.g. the ring drawn around today's calendar cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Never negative.
    pub width: f64,
    /// Never negative.
    pub height: f64,
}

/// Which end of a label sits at its `x` (SVG `text-anchor`), so edge labels stay in the box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The label starts at `x`.
    Start,
    /// The label is centred on `x`.
    Middle,
    /// The label ends at `x`.
    End,
}

impl Anchor {
    /// The `text-anchor` attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Text drawn in the chart (axis and tick labels); `y` is the text's baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// Horizontal anchor position.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// What it says.
    pub text: String,
    /// How the text sits around `x`.
    pub anchor: Anchor,
}

impl Label {
    /// The label's left and right edges, by [`text_width`].
    pub fn span(&self) -> (f64, f64) {
        let width = text_width(&self.text);
        match self.anchor {
            Anchor::Start => (self.x, self.x + width),
            Anchor::Middle => (self.x - width / 2.0, self.x + width / 2.0),
            Anchor::End => (self.x - width, self.x),
        }
    }
}

/// Where a later plan began: a vertical line through the plot, and the plan's name above it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanMarker {
    /// The line's horizontal position.
    pub x: f64,
    /// The line's top, just under the label.
    pub top: f64,
    /// The line's bottom, the plot's baseline.
    pub bottom: f64,
    /// "Plan 2", centred on the line where it fits, in the band above the plot.
    pub label: Label,
}

/// A horizontal gridline at a y-axis tick, with its value label left of the plot.
#[derive(Clone, Debug, PartialEq)]
pub struct GridLine {
    /// Vertical position of the line.
    pub y: f64,
    /// The tick's value, e.g. "60" or "50%".
    pub label: Label,
}

/// The same numbers as a chart, for the "Show as a table" disclosure: the text alternative that
/// lets anyone read exact values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    /// The table's `<caption>`.
    pub caption: String,
    /// Column headings, including the first (row heading) column.
    pub headers: Vec<String>,
    /// One row per week or date.
    pub rows: Vec<TableRow>,
}

/// One table row: a row heading (`<th scope="row">`) and its cells.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// E.g. "Wk 3" or "Mon 5 Jan".
    pub header: String,
    /// One per remaining column.
    pub cells: Vec<TableCell>,
}

/// One table cell: short visible text, and optionally a fuller label for screen readers when the
/// short text needs its row and column to make sense ("2 done" versus "Mon 5 Jan: 2 sessions
/// done").
#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    /// What sighted visitors see.
    pub text: String,
    /// What screen readers read instead, if different.
    pub label: Option<String>,
}

impl TableCell {
    /// A cell whose visible text is also its accessible text.
    pub fn plain(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            label: None,
        }
    }
}
