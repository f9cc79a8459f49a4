//! What a virtual user does: the steps of a booking journey, the mix that scales how often
//! each is done, and the random but plausible choices a person makes (which link, which day,
//! which zone, which slot).

use std::fmt;
use std::str::FromStr;

use crate::rng::Rng;

/// The steps of a journey, in the order a person takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// `GET /v1/public/event-types/{org}/{slug}`: open the booking page.
    Page,
    /// `GET …/slots?start&end&time_zone`: list one day's free slots.
    Slots,
    /// `POST …/bookings`: book one of the listed slots.
    Book,
    /// `POST /v1/public/bookings/{uid}/cancel`: cancel what was just booked.
    Cancel,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Page, Step::Slots, Step::Book, Step::Cancel];
    pub const COUNT: usize = Self::ALL.len();

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Step::Page => "page",
            Step::Slots => "slots",
            Step::Book => "book",
            Step::Cancel => "cancel",
        }
    }

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How often each step is done per journey. For `page`, `slots` and `book` the weight is the
/// expected number of times (0.5: every other journey; 2: twice); `cancel` is the probability
/// that a successful booking is cancelled, so it must lie in `[0, 1]`. Bookings pick one of the
/// listed slots; without `slots` (a booking-only load) each picks its own time on the grid.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mix {
    pub page: f64,
    pub slots: f64,
    pub book: f64,
    pub cancel: f64,
}

impl Default for Mix {
    fn default() -> Self {
        Self {
            page: 1.0,
            slots: 1.0,
            book: 1.0,
            cancel: 0.2,
        }
    }
}

impl Mix {
    #[must_use]
    pub fn weight(&self, step: Step) -> f64 {
        match step {
            Step::Page => self.page,
            Step::Slots => self.slots,
            Step::Book => self.book,
            Step::Cancel => self.cancel,
        }
    }

    /// Requests of one journey when everything succeeds (an upper bound otherwise).
    #[must_use]
    pub fn requests_per_journey(&self) -> f64 {
        self.page + self.slots + self.book * (1.0 + self.cancel)
    }
}

impl FromStr for Mix {
    type Err = String;

    /// Parses `page=1,slots=1,book=1,cancel=0.2`; steps left out are not done.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut mix = Mix {
            page: 0.0,
            slots: 0.0,
            book: 0.0,
            cancel: 0.0,
        };
        let mut seen = [false; Step::COUNT];
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| format!("`{part}` is not NAME=WEIGHT"))?;
            let step = Step::ALL
                .into_iter()
                .find(|s| s.name() == name.trim())
                .ok_or_else(|| format!("unknown step `{}` (expected page, slots, book or cancel)", name.trim()))?;
            if std::mem::replace(&mut seen[step.index()], true) {
                return Err(format!("step `{}` is given twice", step.name()));
            }
            let weight: f64 = value
                .trim()
                .parse()
                .map_err(|_| format!("weight of `{}` is not a number: `{}`", step.name(), value.trim()))?;
            if !weight.is_finite() || !(0.0..=100.0).contains(&weight) {
                return Err(format!("weight of `{}` must be between 0 and 100", step.name()));
            }
            match step {
                Step::Page => mix.page = weight,
                Step::Slots => mix.slots = weight,
                Step::Book => mix.book = weight,
                Step::Cancel => mix.cancel = weight,
            }
        }
        if mix.cancel > 1.0 {
            return Err("`cancel` is a probability per booking and must be at most 1".to_owned());
        }
        if mix.page + mix.slots + mix.book == 0.0 {
            return Err("the mix does nothing: give at least one of page, slots, book a weight".to_owned());
        }
        Ok(mix)
    }
}

impl fmt::Display for Mix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "page={},slots={},book={},cancel={}",
            self.page, self.slots, self.book, self.cancel
        )
    }
}

/// How many times to do a step of weight `weight` in this journey: its whole part, plus one
/// more with the probability of its fraction, so the average is exactly `weight`.
pub fn repetitions(weight: f64, rng: &mut Rng) -> u32 {
    let whole = weight.floor();
    let extra = u32::from(rng.chance(weight - whole));
    whole as u32 + extra
}

/// IANA zones the hosts live in and invitees ask in: several offsets, both hemispheres, DST
/// and no DST.
pub const ZONES: [&str; 8] = [
    "Europe/Lisbon",
    "America/New_York",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/Sao_Paulo",
    "Europe/Berlin",
    "Asia/Kolkata",
    "America/Los_Angeles",
];

/// How many days ahead an invitee looks for a slot (days 1 to this).
pub const LOOKAHEAD_DAYS: u64 = 50;

/// Where a journey on one event type sends its requests (URLs built once per run).
#[derive(Debug, Clone)]
pub struct EventLinks {
    /// The booking page.
    pub page: String,
    /// The slots URL up to and including `?`.
    pub slots: String,
    /// The booking URL.
    pub book: String,
}

impl EventLinks {
    #[must_use]
    pub fn new(base: &str, org: &str, slug: &str) -> Self {
        let page = format!("{base}/v1/public/event-types/{org}/{slug}");
        Self {
            slots: format!("{page}/slots?"),
            book: format!("{page}/bookings"),
            page,
        }
    }
}

/// Writes the slots URL for one whole UTC day `day` rendered in `zone` into `out`.
pub fn slots_url(out: &mut String, links: &EventLinks, day: chrono::NaiveDate, zone: &str) {
    use std::fmt::Write;
    let next = day.succ_opt().unwrap_or(day);
    out.clear();
    let _ = write!(
        out,
        "{}start={day}T00:00:00Z&end={next}T00:00:00Z&time_zone={zone}",
        links.slots
    );
}

/// Minutes between the starts a booking-only journey picks: the step of the fixture's event
/// types (`kairos-load setup`), so every pick is on their grid.
pub const GRID_MINUTES: u32 = 15;

/// A start a booking-only journey picks without listing slots: a random grid time (UTC) on a
/// random day as [`pick_day`] chooses it, written as RFC 3339. The fixture's hosts are
/// available around the clock, so it is bookable unless someone took it already.
pub fn pick_start(today: chrono::NaiveDate, rng: &mut Rng) -> String {
    let day = pick_day(today, rng);
    let minutes = rng.below((24 * 60 / GRID_MINUTES) as usize) as u32 * GRID_MINUTES;
    format!("{day}T{:02}:{:02}:00Z", minutes / 60, minutes % 60)
}

/// A random day from tomorrow to [`LOOKAHEAD_DAYS`] ahead (UTC).
pub fn pick_day(today: chrono::NaiveDate, rng: &mut Rng) -> chrono::NaiveDate {
    let ahead = 1 + rng.below(LOOKAHEAD_DAYS as usize) as u64;
    today.checked_add_days(chrono::Days::new(ahead)).unwrap_or(today)
}

#[derive(serde::Deserialize)]
struct SlotList<'a> {
    #[serde(borrow)]
    days: Vec<SlotDay<'a>>,
}

#[derive(serde::Deserialize)]
struct SlotDay<'a> {
    #[serde(borrow)]
    slots: Vec<SlotTime<'a>>,
}

#[derive(serde::Deserialize)]
struct SlotTime<'a> {
    #[serde(borrow)]
    start: std::borrow::Cow<'a, str>,
}

/// Up to `n` distinct random slot starts from a slots response (`None` if it is not one).
/// The starts are kept as the service wrote them (RFC 3339 with the zone's offset), which the
/// booking endpoint accepts as they are.
pub fn pick_slots(body: &[u8], n: u32, rng: &mut Rng) -> Option<Vec<String>> {
    if n == 0 {
        return Some(Vec::new());
    }
    let list: SlotList<'_> = serde_json::from_slice(body).ok()?;
    let mut starts: Vec<&str> = list
        .days
        .iter()
        .flat_map(|d| d.slots.iter().map(|s| s.start.as_ref()))
        .collect();
    let mut picked = Vec::with_capacity(n as usize);
    for _ in 0..n {
        if starts.is_empty() {
            break;
        }
        let at = rng.below(starts.len());
        picked.push(starts.swap_remove(at).to_owned());
    }
    Some(picked)
}

/// The JSON body of a booking by a random invitee in a random zone.
pub fn booking_body(start: &str, rng: &mut Rng) -> String {
    // 64 random bits: no two bookings of a run share an invitee, so a booking stored twice
    // (a retry that was not recognised as one) shows as an e-mail address booked twice.
    let invitee = format!("{:016x}", rng.next_u64());
    let zone = ZONES[rng.below(ZONES.len())];
    format!(
        r#"{{"start":"{start}","name":"Load invitee {invitee}","email":"invitee-{invitee}@load.example","time_zone":"{zone}"}}"#
    )
}

#[derive(serde::Deserialize)]
struct Created<'a> {
    #[serde(borrow)]
    uid: std::borrow::Cow<'a, str>,
}

/// The invitee uid of a booking response.
pub fn booking_uid(body: &[u8]) -> Option<String> {
    let created: Created<'_> = serde_json::from_slice(body).ok()?;
    // The uid goes into a URL path: accept only what Kairos issues (hex).
    created
        .uid
        .bytes()
        .all(|b| b.is_ascii_alphanumeric())
        .then(|| created.uid.into_owned())
}

/// The body of an invitee's cancellation.
pub const CANCEL_BODY: &str = r#"{"reason":"load test: plans changed"}"#;
