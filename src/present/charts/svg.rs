//! The charts' SVG markup, written as text.
//!
//! Why text rather than yew's `html!`: in the wasm every `html!` element and attribute is code
//! that builds, diffs and patches a virtual node, and the four charts' drawings cost about 4 KB
//! of the widget's gzip size that way. Here an element is a few calls with static strings, the
//! browser parses the finished image once, and the exact bytes are tested natively. The shell
//! inserts the text as one raw node (`Html::from_html_unchecked`).
//!
//! Everything that is not a static string or a number goes through [`escape`], so no label or
//! tooltip can end an attribute or an element early.

use super::{number_into, GridLine, Label, PlanMarker, PlotArea, Rect, ViewBox};

/// An SVG image being written; [`Svg::finish`] closes it and returns the markup.
pub struct Svg {
    out: String,
}

impl Svg {
    /// Opens the root `<svg>`: one image for assistive technology, named by the element with id
    /// `labelled_by` (the chart's heading) and described by `described_by` (its summary). It is
    /// as many CSS pixels wide and high as its view box has units (the stylesheet lets it shrink
    /// if its box is ever narrower), and never takes keyboard focus.
    pub fn image(class: &str, view_box: ViewBox, labelled_by: &str, described_by: &str) -> Svg {
        let mut svg = Svg {
            out: String::with_capacity(4096),
        };
        svg.open("svg", class);
        svg.out.push_str(" viewBox=\"0 0 ");
        number_into(&mut svg.out, view_box.width);
        svg.out.push(' ');
        number_into(&mut svg.out, view_box.height);
        svg.out.push('"');
        svg.num("width", view_box.width)
            .num("height", view_box.height)
            .out
            .push_str(" role=\"img\" focusable=\"false\"");
        svg.attr("aria-labelledby", labelled_by);
        svg.attr("aria-describedby", described_by);
        svg.out.push('>');
        svg
    }

    /// Closes the root element.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }

    /// Starts an element with its class; add attributes, then [`Svg::end`] or [`Svg::inside`].
    pub fn open(&mut self, tag: &str, class: &str) -> &mut Svg {
        self.out.push('<');
        self.out.push_str(tag);
        self.attr("class", class)
    }

    /// An attribute with text from the view model, escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Svg {
        self.attr_with(name, |out| escape(out, value))
    }

    /// An attribute holding a chart number, to a tenth (see [`super::number`]).
    pub fn num(&mut self, name: &str, value: f64) -> &mut Svg {
        self.attr_with(name, |out| number_into(out, value))
    }

    fn attr_with(&mut self, name: &str, value: impl FnOnce(&mut String)) -> &mut Svg {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        value(&mut self.out);
        self.out.push('"');
        self
    }

    /// Position and size attributes of a rectangle.
    pub fn rect(&mut self, rect: &Rect) -> &mut Svg {
        self.num("x", rect.x)
            .num("y", rect.y)
            .num("width", rect.width)
            .num("height", rect.height)
    }

    /// Ends an element that has no children.
    pub fn end(&mut self) {
        self.out.push_str("/>");
    }

    /// Ends the start tag of an element whose children follow; [`Svg::close`] ends it.
    pub fn inside(&mut self) {
        self.out.push('>');
    }

    /// Writes an end tag.
    pub fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// A `<title>` child: the hover text of the element around it.
    pub fn title(&mut self, text: &str) {
        self.out.push_str("<title>");
        escape(&mut self.out, text);
        self.out.push_str("</title>");
    }

    /// One text label.
    pub fn text(&mut self, label: &Label, class: &str) {
        self.open("text", class)
            .num("x", label.x)
            .num("y", label.y)
            .attr("text-anchor", label.anchor.as_str())
            .inside();
        escape(&mut self.out, &label.text);
        self.close("text");
    }

    /// A horizontal line from `x1` to `x2` at height `y`.
    pub fn horizontal_line(&mut self, class: &str, x1: f64, x2: f64, y: f64) {
        self.open("line", class)
            .num("x1", x1)
            .num("x2", x2)
            .num("y1", y)
            .num("y2", y)
            .end();
    }

    /// Where later plans began: a line and the plan's name for each.
    pub fn plan_markers(&mut self, markers: &[PlanMarker]) {
        for marker in markers {
            self.open("g", "chart-plan").inside();
            self.open("line", "chart-plan-line")
                .num("x1", marker.x)
                .num("x2", marker.x)
                .num("y1", marker.top)
                .num("y2", marker.bottom)
                .end();
            self.text(&marker.label, "chart-plan-label");
            self.close("g");
        }
    }

    /// Horizontal gridlines across the plot, each with its value label.
    pub fn grid(&mut self, plot: &PlotArea, lines: &[GridLine]) {
        self.open("g", "chart-grid").inside();
        for line in lines {
            self.horizontal_line("chart-gridline", plot.left, plot.right, line.y);
            self.text(&line.label, "chart-axis-label");
        }
        self.close("g");
    }
}

/// A chart's legend: a list of small swatches, each `(shapes, name)` with `shapes` the inner
/// markup of a 24 by 14 swatch (a static string from the chart's module) and `name` its words.
pub fn legend(items: &[(&str, &str)]) -> String {
    let mut out = String::from("<ul class=\"chart-legend\">");
    for (shapes, name) in items {
        out.push_str(
            "<li><svg class=\"legend-swatch\" viewBox=\"0 0 24 14\" aria-hidden=\"true\" \
             focusable=\"false\">",
        );
        out.push_str(shapes);
        out.push_str("</svg>");
        escape(&mut out, name);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out
}

/// Appends `text` with the characters that could end an attribute or start markup replaced by
/// entities.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Anchor;
    use super::*;

    #[test]
    fn the_image_is_one_labelled_element() {
        let svg = Svg::image(
            "chart-svg",
            ViewBox {
                width: 320.0,
                height: 180.5,
            },
            "a-title",
            "a-summary b-note",
        )
        .finish();
        assert_eq!(
            svg,
            "<svg class=\"chart-svg\" viewBox=\"0 0 320 180.5\" width=\"320\" height=\"180.5\" \
             role=\"img\" focusable=\"false\" aria-labelledby=\"a-title\" \
             aria-describedby=\"a-summary b-note\"></svg>"
        );
    }

    #[test]
    fn elements_nest_and_numbers_round_to_tenths() {
        let mut svg = Svg::image(
            "c",
            ViewBox {
                width: 1.0,
                height: 1.0,
            },
            "t",
            "s",
        );
        svg.open("g", "week").inside();
        svg.title("Wk 1: 10 of 20 minutes");
        svg.open("rect", "bar")
            .rect(&Rect {
                x: 1.04,
                y: 2.05,
                width: 3.0,
                height: f64::NAN,
            })
            .end();
        svg.close("g");
        let markup = svg.finish();
        assert!(markup.ends_with(
            "<g class=\"week\"><title>Wk 1: 10 of 20 minutes</title><rect class=\"bar\" x=\"1\" \
             y=\"2.1\" width=\"3\" height=\"0\"/></g></svg>"
        ));
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut svg = Svg::image(
            "c",
            ViewBox {
                width: 1.0,
                height: 1.0,
            },
            "t\"><x",
            "s",
        );
        svg.text(
            &Label {
                x: 0.0,
                y: 0.0,
                text: "<b>Tom & Jerry's</b>".into(),
                anchor: Anchor::End,
            },
            "label",
        );
        let markup = svg.finish();
        assert!(markup.contains("aria-labelledby=\"t&quot;&gt;&lt;x\""));
        assert!(markup.contains(
            "<text class=\"label\" x=\"0\" y=\"0\" text-anchor=\"end\">&lt;b&gt;Tom &amp; \
             Jerry&#39;s&lt;/b&gt;</text>"
        ));
    }

    #[test]
    fn a_legend_lists_swatches_with_their_names() {
        assert_eq!(
            legend(&[("<rect/>", "Done & dusted")]),
            "<ul class=\"chart-legend\"><li><svg class=\"legend-swatch\" viewBox=\"0 0 24 14\" \
             aria-hidden=\"true\" focusable=\"false\"><rect/></svg>Done &amp; dusted</li></ul>"
        );
    }
}
