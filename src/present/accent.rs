//! The clinic's accent colour, made readable in both colour schemes.
//!
//! The stylesheet uses the accent two ways (styles/momentum.css): as a fill with text on it
//! (primary buttons, the current tab, badges, done days in the calendar) and as text, links and
//! boundaries on the widget's backgrounds (links, "Done" states, borders, chart marks). A
//! clinic's colour rarely works both ways in both schemes: yellow under white text, or a dark
//! purple on the dark theme's near-black. So each scheme gets its own shade of the clinic's
//! colour: the colour itself if it works, else the least mix of it toward black or toward white
//! (which keeps its hue) for which WCAG AA holds both ways: 4.5:1, the level for text, which also
//! covers the 3:1 that boundaries and chart marks need. Integer mixing and a Newton root instead
//! of `powf` keep floating-point library code out of the wasm.

/// A colour in sRGB, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rgb` or `#rrggbb` (any case); `None` for anything else.
    pub fn parse_hex(colour: &str) -> Option<Rgb> {
        let hex = colour.strip_prefix('#')?.as_bytes();
        let digit = |i: usize| char::from(hex[i]).to_digit(16).map(|d| d as u8);
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(
                digit(0)? << 4 | digit(1)?,
                digit(2)? << 4 | digit(3)?,
                digit(4)? << 4 | digit(5)?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case: the form CSS gets.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance: 0 for black, 1 for white.
    pub fn relative_luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// `step`/255 of the way from this colour to `target` (0 for black, 255 for white), every
    /// channel alike, so the hue stays.
    fn toward(self, target: u8, step: u8) -> Rgb {
        let mix = |c: u8| {
            let (c, t, s) = (u32::from(c), u32::from(target), u32::from(step));
            ((c * (255 - s) + t * s + 127) / 255) as u8
        };
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }
}

/// `x`^2.4 for `x` in 0..=1: `x`² times the fifth root of `x`², by Newton's method from above.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root = 1.0;
    for _ in 0..40 {
        let fourth = root * root * root * root;
        root = 0.8 * root + square / (5.0 * fourth);
    }
    square * root
}

/// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.relative_luminance(), b.relative_luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG AA for normal text (1.4.3); it also covers 3:1 for boundaries and chart marks (1.4.11).
pub const MIN_CONTRAST: f64 = 4.5;

/// What one colour scheme puts the accent on and on the accent.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    /// Backgrounds the accent appears on as text or boundary (`--surface`, `--surface-2`).
    pub backgrounds: &'static [Rgb],
    /// Text colours the accent may carry (`--accent-ink`), in order of preference: the first
    /// is the scheme's default.
    pub inks: &'static [Rgb],
}

const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const DARK_INK: Rgb = Rgb(0x0d, 0x1a, 0x18);

/// The light scheme of styles/momentum.css (`:host`).
pub const LIGHT: Theme = Theme {
    backgrounds: &[WHITE, Rgb(0xf2, 0xf6, 0xf5)],
    inks: &[WHITE, DARK_INK],
};

/// The dark scheme of styles/momentum.css (`prefers-color-scheme: dark`).
pub const DARK: Theme = Theme {
    backgrounds: &[Rgb(0x16, 0x20, 0x22), Rgb(0x1e, 0x2b, 0x2d)],
    inks: &[DARK_INK, WHITE],
};

/// An accent for one scheme and the text colour that goes on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shade {
    /// `--accent`: fills, text, links and boundaries.
    pub accent: Rgb,
    /// `--accent-ink`: text on an accent fill.
    pub ink: Rgb,
}

/// A clinic's accent for both schemes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThemedAccent {
    /// For the light scheme (the default).
    pub light: Shade,
    /// For `prefers-color-scheme: dark`.
    pub dark: Shade,
}

impl ThemedAccent {
    /// Shades of `colour` for both schemes; `None` if either scheme has none that is readable.
    pub fn from_colour(colour: Rgb) -> Option<ThemedAccent> {
        Some(ThemedAccent {
            light: shade_for(colour, &LIGHT)?,
            dark: shade_for(colour, &DARK)?,
        })
    }

    /// The custom properties styles/momentum.css reads, set on the embed element.
    pub fn custom_properties(&self) -> [(&'static str, Rgb); 4] {
        [
            ("--momentum-accent", self.light.accent),
            ("--momentum-accent-ink", self.light.ink),
            ("--momentum-accent-dark", self.dark.accent),
            ("--momentum-accent-ink-dark", self.dark.ink),
        ]
    }
}

/// The shade of `colour` that `theme` can use, nearest to it: readable on every background, with
/// one of the theme's inks readable on it. Step 0 is the clinic's own colour; then one step
/// toward black, one toward white, and so on.
pub fn shade_for(colour: Rgb, theme: &Theme) -> Option<Shade> {
    (0..=255).find_map(|step| {
        usable(colour.toward(0, step), theme).or_else(|| usable(colour.toward(255, step), theme))
    })
}

/// `accent` with the theme's first ink readable on it, if it is readable on every background.
fn usable(accent: Rgb, theme: &Theme) -> Option<Shade> {
    let readable = |other: &Rgb| contrast_ratio(accent, *other) >= MIN_CONTRAST;
    if !theme.backgrounds.iter().all(readable) {
        return None;
    }
    let ink = *theme.inks.iter().find(|ink| readable(ink))?;
    Some(Shade { accent, ink })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(colour: &str) -> Rgb {
        Rgb::parse_hex(colour).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    /// HSL hue in degrees, or `None` for a grey.
    fn hue(c: Rgb) -> Option<f64> {
        let [r, g, b] = [c.0, c.1, c.2].map(|v| f64::from(v) / 255.0);
        let max = r.max(g).max(b);
        let delta = max - r.min(g).min(b);
        if delta == 0.0 {
            return None;
        }
        let h = if max == r {
            ((g - b) / delta).rem_euclid(6.0)
        } else if max == g {
            (b - r) / delta + 2.0
        } else {
            (r - g) / delta + 4.0
        };
        Some(h * 60.0)
    }

    #[test]
    fn hex_colours_are_read_in_both_lengths_and_written_long() {
        assert_eq!(Rgb::parse_hex("#5a3e85"), Some(Rgb(0x5a, 0x3e, 0x85)));
        assert_eq!(Rgb::parse_hex("#FfF"), Some(WHITE));
        assert_eq!(Rgb::parse_hex("#1D6B64"), Some(Rgb(0x1d, 0x6b, 0x64)));
        for bad in [
            "#1d6b6",
            "1d6b64",
            "#1d6b6g",
            "#+1+1+1",
            "#",
            "",
            "#ff0000ff",
            "#ﬀ0",
        ] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
        }
        assert_eq!(hex("#ABC").hex(), "#aabbcc");
    }

    #[test]
    fn the_newton_power_matches_powf() {
        for i in 0..=1000 {
            let x = f64::from(i) / 1000.0;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn contrast_matches_known_wcag_values() {
        // Values from the WCAG definition and WebAIM's contrast checker.
        assert!(close(contrast_ratio(Rgb(0, 0, 0), WHITE), 21.0));
        assert!(close(contrast_ratio(WHITE, WHITE), 1.0));
        assert!(close(contrast_ratio(hex("#767676"), WHITE), 4.54));
        assert!(close(contrast_ratio(hex("#777777"), WHITE), 4.48));
        assert!(close(contrast_ratio(hex("#0000ff"), WHITE), 8.59));
        assert!(close(contrast_ratio(hex("#ff0000"), WHITE), 4.0));
        assert!(close(contrast_ratio(hex("#ffff00"), WHITE), 1.07));
        assert!(
            close(contrast_ratio(WHITE, hex("#0000ff")), 8.59),
            "order does not matter"
        );
        assert!(close(hex("#808080").relative_luminance(), 0.2159));
    }

    #[test]
    fn a_readable_colour_is_kept_as_it_is() {
        let purple = hex("#5a3e85");
        let shade = Shade {
            accent: purple,
            ink: WHITE,
        };
        assert_eq!(shade_for(purple, &LIGHT), Some(shade));
    }

    #[test]
    fn every_shade_reads_both_ways_and_keeps_the_hue() {
        for colour in [
            "#ffff00", "#5a3e85", "#1d6b64", "#000000", "#ffffff", "#ff0000", "#00ff00", "#0000ff",
            "#808080", "#f0e68c", "#123", "#00d4ff", "#e0f", "#7f7f00",
        ] {
            let rgb = hex(colour);
            let themed = ThemedAccent::from_colour(rgb).expect(colour);
            for (theme, shade) in [(LIGHT, themed.light), (DARK, themed.dark)] {
                for &bg in theme.backgrounds {
                    let ratio = contrast_ratio(shade.accent, bg);
                    assert!(ratio >= MIN_CONTRAST, "{colour} on {bg:?}: {ratio}");
                }
                let ratio = contrast_ratio(shade.ink, shade.accent);
                assert!(ratio >= MIN_CONTRAST, "{colour}: text on it {ratio}");
                match (hue(rgb), hue(shade.accent)) {
                    (Some(h0), Some(h)) => {
                        let off = (h - h0).abs().min(360.0 - (h - h0).abs());
                        assert!(off < 4.0, "{colour}: hue {h0} became {h}");
                    }
                    (None, h) => assert_eq!(h, None, "{colour}: a grey stays grey"),
                    (Some(_), None) => panic!("{colour} lost its hue"),
                }
            }
        }
    }

    #[test]
    fn yellow_gets_a_darker_shade_in_light_and_dark_text_in_dark() {
        let yellow = hex("#ffff00");
        let themed = ThemedAccent::from_colour(yellow).unwrap();
        assert!(themed.light.accent.relative_luminance() < yellow.relative_luminance());
        assert_eq!(themed.light.ink, WHITE);
        // Yellow is already readable on the dark backgrounds; dark text goes on it.
        assert_eq!(themed.dark.accent, yellow);
        assert_eq!(themed.dark.ink, DARK_INK);
    }

    #[test]
    fn a_dark_colour_gets_a_lighter_shade_in_the_dark_scheme() {
        let purple = hex("#5a3e85");
        let themed = ThemedAccent::from_colour(purple).unwrap();
        assert!(themed.dark.accent.relative_luminance() > purple.relative_luminance());
        assert_eq!(themed.dark.ink, DARK_INK);
    }

    #[test]
    fn the_shade_is_the_least_change_that_reads() {
        // One step less toward black would not do.
        let yellow = hex("#ffff00");
        let shade = shade_for(yellow, &LIGHT).unwrap().accent;
        let step = (0..=255).find(|&s| yellow.toward(0, s) == shade).unwrap();
        assert!(usable(yellow.toward(0, step - 1), &LIGHT).is_none());
        assert!(usable(yellow.toward(255, step - 1), &LIGHT).is_none());
    }

    #[test]
    fn a_scheme_where_no_shade_reads_gives_none() {
        // Only a near-black is 4.5:1 from mid grey, and it is not from black.
        const IMPOSSIBLE: Theme = Theme {
            backgrounds: &[WHITE, Rgb(0, 0, 0), Rgb(0x77, 0x77, 0x77)],
            inks: &[WHITE],
        };
        assert_eq!(shade_for(hex("#5a3e85"), &IMPOSSIBLE), None);
    }

    /// The colours here mirror styles/momentum.css; this fails if the two drift apart.
    #[test]
    fn themes_match_the_stylesheet() {
        let css = include_str!("../../styles/momentum.css");
        let dark_at = css.find("prefers-color-scheme: dark").unwrap();
        let value = |from: usize, name: &str| {
            let at = from + css[from..].find(&format!("{name}:")).unwrap() + name.len() + 1;
            let end = at + css[at..].find(';').unwrap();
            css[at..end].trim().to_owned()
        };
        // `var(--momentum-accent-ink, #ffffff)` -> `#ffffff`
        let fallback = |v: String| {
            let tail = v.rsplit(',').next().unwrap();
            tail.trim_end_matches(')').trim().to_owned()
        };
        for (from, theme) in [(0, LIGHT), (dark_at, DARK)] {
            let surfaces = [value(from, "--surface"), value(from, "--surface-2")];
            let expected: Vec<String> = theme.backgrounds.iter().map(|c| c.hex()).collect();
            assert_eq!(surfaces.to_vec(), expected);
            assert_eq!(fallback(value(from, "--accent-ink")), theme.inks[0].hex());
            let default_accent = hex(&fallback(value(from, "--accent")));
            assert_eq!(
                usable(default_accent, &theme).map(|s| s.ink),
                Some(theme.inks[0]),
                "the default accent meets the same rules"
            );
        }
    }
}
