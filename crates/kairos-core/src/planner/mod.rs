//! The auto-scheduler: given the host's free time, places tasks, habits and focus time as
//! blocks on the calendar, keeping the previous plan where it is still valid.
//!
//! Everything is pure and deterministic: the same input always gives the same plan, which is
//! what makes "re-planning changed nothing" checkable. The steps run in a fixed order, each in
//! its own module:
//!
//! 1. [`stability`] keeps frozen blocks (starting within the freeze window) verbatim and every
//!    other previous block that still obeys the rules;
//! 2. [`habits`] places each habit nearest its ideal time, day by day or week by week;
//! 3. [`tasks`] places tasks greedily, by priority then earliest due date, in earliest-fit
//!    chunks within their chunk bounds — first those at least as urgent as the focus goal;
//! 4. [`focus`] turns the longest remaining gaps into focus blocks up to the weekly target,
//!    and the less urgent tasks are placed after it;
//! 5. [`improve`] searches other task orders for fewer late minutes, moving only what this
//!    run placed (and focus time fills what the better order leaves free);
//! 6. [`metrics`] scores the result, including the hard rules it must never break.
//!
//! New blocks only start at or after `now + freeze`: nothing in the freeze window changes.
//!
//! Days and weeks are calendar days of the input's zone, and habit windows are wall-clock
//! times there, so "07:00–10:00" stays a morning on both sides of a DST change and for hosts
//! far from UTC (whose mornings may straddle a UTC midnight).

mod focus;
mod free;
mod habits;
mod improve;
pub mod metrics;
mod stability;
mod tasks;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeDelta, Utc};

use crate::interval::{Interval, normalize, subtract};
use crate::zone::{Edge, Zone, resolve};

pub use free::FreeTime;
pub use metrics::{Metrics, Violation, evaluate};

/// Identifies a task, habit or focus goal (wide enough for a UUID).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemId(pub u128);

/// Task priority: `P1` is the most urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    P1,
    P2,
    P3,
    P4,
}

impl Priority {
    /// The weight of a late minute in the lateness metric: P1 = 8, P2 = 4, P3 = 2, P4 = 1.
    #[must_use]
    pub fn weight(self) -> i64 {
        match self {
            Priority::P1 => 8,
            Priority::P2 => 4,
            Priority::P3 => 2,
            Priority::P4 => 1,
        }
    }
}

/// A piece of work to fit into free time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: ItemId,
    /// The work still to do.
    pub duration: TimeDelta,
    pub earliest_start: DateTime<Utc>,
    pub due: Option<DateTime<Utc>>,
    pub priority: Priority,
    /// Shortest chunk when split (a task shorter than this is one chunk of its own length).
    pub min_chunk: TimeDelta,
    /// Longest chunk when split.
    pub max_chunk: TimeDelta,
    /// When false the task is one block of its whole duration.
    pub splittable: bool,
}

impl Task {
    /// The chunk bounds `(min, max)` the planner applies: a non-splittable task is one chunk of
    /// its duration, and `min ≤ max ≤ duration` always holds.
    #[must_use]
    pub fn chunk_bounds(&self) -> (TimeDelta, TimeDelta) {
        if !self.splittable {
            return (self.duration, self.duration);
        }
        let min = self.min_chunk.min(self.duration).max(TimeDelta::minutes(1));
        let max = self.max_chunk.min(self.duration).max(min);
        (min, max)
    }
}

/// How often a habit happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Daily,
    /// This many times per week (at most one per day), weeks counted from the horizon's start.
    PerWeek(u8),
}

/// A recurring block with a daily window, in wall-clock minutes after midnight in the plan's
/// zone ([`PlanInput::zone`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Habit {
    pub id: ItemId,
    /// The length wanted.
    pub duration: TimeDelta,
    /// The shortest acceptable length, used on a day where `duration` does not fit the window
    /// (at most `duration`; equal to it for a fixed length).
    pub min_duration: TimeDelta,
    pub frequency: Frequency,
    /// The daily window `[start, end)` in local minutes, `start < end ≤ 1440`.
    pub window_start_minute: u16,
    pub window_end_minute: u16,
    /// The preferred start, in local minutes after midnight.
    pub ideal_start_minute: u16,
}

impl Habit {
    /// The lengths a block of this habit may have.
    #[must_use]
    pub fn lengths(&self) -> std::ops::RangeInclusive<TimeDelta> {
        self.min_duration.min(self.duration)..=self.duration
    }

    /// The habit's window on local `date` in `zone` (a DST gap moves an edge to the jump, a
    /// fold widens the window to both readings), or `None` when a gap swallows it.
    #[must_use]
    pub fn window_on(&self, date: NaiveDate, zone: Zone) -> Option<Interval> {
        Interval::new(
            local_minute(zone, date, self.window_start_minute, Edge::Start),
            local_minute(zone, date, self.window_end_minute, Edge::End),
        )
    }

    /// The ideal start on local `date` in `zone`.
    #[must_use]
    pub fn ideal_on(&self, date: NaiveDate, zone: Zone) -> DateTime<Utc> {
        local_minute(zone, date, self.ideal_start_minute, Edge::Start)
    }
}

/// A weekly target of uninterrupted focus time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusGoal {
    pub id: ItemId,
    /// Tasks of this priority or a more urgent one are placed before focus time, the others after.
    pub priority: Priority,
    pub weekly_target: TimeDelta,
    pub min_block: TimeDelta,
    pub max_block: TimeDelta,
}

/// What a block is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BlockKind {
    Task,
    Habit,
    Focus,
}

/// One planned block on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Block {
    pub interval: Interval,
    pub kind: BlockKind,
    pub item: ItemId,
}

/// Everything one planning run looks at.
#[derive(Debug, Clone, Copy)]
pub struct PlanInput<'a> {
    /// The planning horizon (e.g. four weeks from today); days and weeks count from the local
    /// midnight (in `zone`) at or before its start.
    pub horizon: Interval,
    /// The zone of the calendar days, weeks and habit windows (the host's zone; UTC for none).
    pub zone: Zone,
    /// Working time in the horizon (e.g. [`crate::Availability::working_intervals`]).
    pub working: &'a [Interval],
    /// Meetings, bookings and busy blocks, in any order; they may overlap.
    pub busy: &'a [Interval],
    pub now: DateTime<Utc>,
    /// Previous blocks starting before `now + freeze` stay as they are.
    pub freeze: TimeDelta,
    /// The previous plan, for stability.
    pub previous: &'a [Block],
    pub tasks: &'a [Task],
    pub habits: &'a [Habit],
    pub focus: Option<&'a FocusGoal>,
}

impl PlanInput<'_> {
    /// The first instant a new block may start at.
    #[must_use]
    pub fn place_from(&self) -> DateTime<Utc> {
        self.now + self.freeze
    }

    /// True for a previous block that must stay: it is under way or starts in the freeze window.
    #[must_use]
    pub fn is_frozen(&self, block: &Block) -> bool {
        block.interval.start() < self.place_from() && block.interval.end() > self.now
    }

    /// Working time in the horizon minus busy time: where blocks may go.
    #[must_use]
    pub fn free_time(&self) -> Vec<Interval> {
        let working = normalize(
            self.working
                .iter()
                .filter_map(|w| w.intersection(&self.horizon))
                .collect(),
        );
        subtract(&working, &normalize(self.busy.to_vec()))
    }
}

/// A task that cannot be fully done by its due date (or, without one, within the horizon).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskRisk {
    pub id: ItemId,
    /// Minutes of the task not planned to be done by its due date (or at all).
    pub short_by: TimeDelta,
}

/// The planner's answer.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Sorted by start.
    pub blocks: Vec<Block>,
    /// Sorted by priority, then due date.
    pub at_risk: Vec<TaskRisk>,
    pub metrics: Metrics,
}

/// Plans tasks, habits and focus time into the free time of `input`.
#[must_use]
pub fn plan(input: &PlanInput<'_>) -> Plan {
    let mut free = FreeTime::new(input.free_time());
    let mut blocks = stability::keep_previous(input, &mut free);
    let kept = blocks.len();
    habits::place(input, &mut free, &mut blocks);
    let before_focus = input.focus.map_or(Priority::P4, |goal| goal.priority);
    tasks::place(input, &mut free, &mut blocks, |p| p <= before_focus);
    focus::place(input, &mut free, &mut blocks);
    tasks::place(input, &mut free, &mut blocks, |p| p > before_focus);
    if improve::improve(input, &mut free, &mut blocks, kept) {
        // Time the tasks no longer need may now hold focus the greedy pass could not place.
        focus::place(input, &mut free, &mut blocks);
    }
    blocks.sort_unstable();
    let at_risk = tasks::at_risk(input, &blocks);
    let metrics = evaluate(input, &blocks);
    Plan {
        blocks,
        at_risk,
        metrics,
    }
}

/// The instant of local `minute` after midnight of `date` in `zone` (1440 is the next midnight).
fn local_minute(zone: Zone, date: NaiveDate, minute: u16, edge: Edge) -> DateTime<Utc> {
    resolve(
        zone.tz(),
        date.and_time(NaiveTime::MIN) + TimeDelta::minutes(i64::from(minute)),
        edge,
    )
}

/// The `[start, end)` of each local day (or week, for `days` = 7) of the horizon, with the
/// local date it starts on. A day is 23 or 25 hours long across a DST change.
fn periods(input: &PlanInput<'_>, days: u64) -> impl Iterator<Item = (NaiveDate, Interval)> {
    let (zone, horizon) = (input.zone, input.horizon);
    let first = zone.local_date(horizon.start());
    std::iter::successors(Some(first), move |d| d.checked_add_days(Days::new(days)))
        .map(move |d| (d, zone.start_of_day(d)))
        .take_while(move |(_, start)| *start < horizon.end())
        .filter_map(move |(d, start)| {
            let end = zone.start_of_day(d.checked_add_days(Days::new(days))?);
            Some((d, Interval::new(start, end)?))
        })
}

/// The day of the horizon (0 = its first local day) that `t` falls on.
fn day_of(input: &PlanInput<'_>, t: DateTime<Utc>) -> i64 {
    (input.zone.local_date(t) - input.zone.local_date(input.horizon.start())).num_days()
}
