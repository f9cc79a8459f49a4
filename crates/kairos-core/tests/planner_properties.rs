//! Property tests for the planner: random working hours, busy time, tasks, habits, focus goals,
//! "now" and freeze windows, re-planned on top of a previous plan made earlier with less busy
//! time, checked against the hard rules and for stability; plus a few worked examples.

use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};
use kairos_core::Interval;
use kairos_core::planner::{
    Block, BlockKind, FocusGoal, Frequency, Habit, ItemId, Plan, PlanInput, Priority, Task, evaluate, plan,
};
use proptest::prelude::*;

fn instant(text: &str) -> DateTime<Utc> {
    text.parse().expect("a valid RFC 3339 instant")
}

fn minutes(n: i64) -> TimeDelta {
    TimeDelta::minutes(n)
}

/// Monday 2 March 2026, 00:00 UTC.
fn start() -> DateTime<Utc> {
    instant("2026-03-02T00:00:00Z")
}

fn span(from: i64, length: i64) -> Interval {
    Interval::starting_at(start() + minutes(from), minutes(length)).expect("positive length")
}

const DAYS: i64 = 14;

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct World {
    working: Vec<Interval>,
    busy: Vec<Interval>,
    later_busy: Vec<Interval>,
    tasks: Vec<Task>,
    habits: Vec<Habit>,
    focus: Option<FocusGoal>,
    earlier: DateTime<Utc>,
    now: DateTime<Utc>,
    freeze: TimeDelta,
}

fn arb_priority() -> impl Strategy<Value = Priority> {
    prop::sample::select(vec![Priority::P1, Priority::P2, Priority::P3, Priority::P4])
}

prop_compose! {
    fn arb_task()(
        duration in 1i64..=16,
        earliest in 0i64..DAYS * 96,
        due in prop::option::of(0i64..DAYS * 96),
        priority in arb_priority(),
        min_chunk in 1i64..=4,
        extra in 0i64..=8,
        splittable in any::<bool>(),
    ) -> (i64, Task) {
        let task = Task {
            id: ItemId(0),
            duration: minutes(duration * 15),
            earliest_start: start() + minutes(earliest * 15 / 2),
            due: due.map(|d| start() + minutes(d * 15)),
            priority,
            min_chunk: minutes(min_chunk * 15),
            max_chunk: minutes((min_chunk + extra) * 15),
            splittable,
        };
        (0, task)
    }
}

prop_compose! {
    fn arb_habit()(
        duration in 1i64..=6,
        shorter in 0i64..=3,
        weekly in prop::option::of(1u8..=7),
        window_start in 0u16..80,
        window_length in 2u16..=16,
        ideal in 0u16..96,
    ) -> Habit {
        let window_end = (window_start + window_length).min(96);
        Habit {
            id: ItemId(0),
            duration: minutes(duration * 15),
            min_duration: minutes((duration - shorter).max(1) * 15),
            frequency: weekly.map_or(Frequency::Daily, Frequency::PerWeek),
            window_start_minute: window_start * 15,
            window_end_minute: window_end * 15,
            ideal_start_minute: ideal * 15,
        }
    }
}

prop_compose! {
    fn arb_world()(
        hours in prop::collection::vec((28i64..44, 16i64..=40), DAYS as usize),
        busy in prop::collection::vec((0i64..DAYS * 96, 1i64..=12), 0..60),
        later_busy in prop::collection::vec((0i64..DAYS * 96, 1i64..=12), 0..6),
        tasks in prop::collection::vec(arb_task(), 0..25),
        habits in prop::collection::vec(arb_habit(), 0..3),
        focus in prop::option::of((1i64..=40, 2i64..=4, 0i64..=8, arb_priority())),
        earlier in 0i64..2 * 96,
        step in 0i64..=96,
        freeze in 0i64..=16,
    ) -> World {
        // Weekdays only; each day its own start and length, on the 15-minute grid.
        let working = hours
            .iter()
            .zip(0i64..)
            .filter(|(_, day)| day % 7 < 5)
            .map(|((from, length), day)| span(day * 1440 + from * 15, length * 15))
            .collect();
        let to_busy = |list: &Vec<(i64, i64)>| list.iter().map(|(at, len)| span(at * 15, len * 15)).collect();
        let tasks = tasks
            .into_iter()
            .zip(1u128..)
            .map(|((_, task), id)| Task { id: ItemId(id), ..task })
            .collect();
        let habits = habits
            .into_iter()
            .zip(1000u128..)
            .map(|(habit, id)| Habit { id: ItemId(id), ..habit })
            .collect();
        let focus = focus.map(|(target, min, extra, priority)| FocusGoal {
            id: ItemId(9999),
            priority,
            weekly_target: minutes(target * 30),
            min_block: minutes(min * 30),
            max_block: minutes((min + extra) * 30),
        });
        World {
            working,
            busy: to_busy(&busy),
            later_busy: to_busy(&later_busy),
            tasks,
            habits,
            focus,
            earlier: start() + minutes(earlier * 15),
            now: start() + minutes((earlier + step) * 15),
            freeze: minutes(freeze * 15),
        }
    }
}

impl World {
    fn horizon(&self) -> Interval {
        Interval::starting_at(start(), TimeDelta::days(DAYS)).expect("positive")
    }

    /// The input at `now` with `busy` and `previous`.
    fn input<'a>(&'a self, now: DateTime<Utc>, busy: &'a [Interval], previous: &'a [Block]) -> PlanInput<'a> {
        PlanInput {
            horizon: self.horizon(),
            zone: kairos_core::Zone::UTC,
            working: &self.working,
            busy,
            now,
            freeze: self.freeze,
            previous,
            tasks: &self.tasks,
            habits: &self.habits,
            focus: self.focus.as_ref(),
        }
    }

    /// The previous plan (made earlier, before the later busy time appeared) and the busy time now.
    fn previous_and_busy(&self) -> (Plan, Vec<Interval>) {
        let first = plan(&self.input(self.earlier, &self.busy, &[]));
        let mut busy = self.busy.clone();
        busy.extend(&self.later_busy);
        (first, busy)
    }
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_plan_breaks_no_hard_rule(world in arb_world()) {
        let (first, busy) = world.previous_and_busy();
        prop_assert_eq!(&first.metrics.violations, &vec![]);
        let input = world.input(world.now, &busy, &first.blocks);
        let replanned = plan(&input);
        prop_assert_eq!(&replanned.metrics.violations, &vec![]);
        prop_assert_eq!(evaluate(&input, &replanned.blocks), replanned.metrics.clone());

        // The rules, checked directly as well as through `evaluate`.
        let blocks = &replanned.blocks;
        let frozen: Vec<&Block> = first.blocks.iter().filter(|b| input.is_frozen(b)).collect();
        for pair in blocks.windows(2) {
            prop_assert!(pair[0].interval.end() <= pair[1].interval.start(), "blocks overlap: {:?}", pair);
        }
        for block in blocks.iter().filter(|b| !frozen.contains(b)) {
            prop_assert!(busy.iter().all(|b| !b.overlaps(&block.interval)), "{:?} overlaps busy time", block);
            prop_assert!(world.working.iter().any(|w| w.contains(&block.interval)), "{:?} outside working time", block);
            prop_assert!(block.interval.start() >= input.place_from());
            if block.kind == BlockKind::Task {
                let task = world.tasks.iter().find(|t| t.id == block.item).expect("a known task");
                let (min, max) = task.chunk_bounds();
                prop_assert!((min..=max).contains(&block.interval.duration()), "{:?} breaks {:?}", block, task);
                prop_assert!(block.interval.start() >= task.earliest_start);
            }
        }
        for block in &frozen {
            prop_assert!(blocks.contains(block), "frozen {:?} moved", block);
        }
        // Habits: inside their daily window, at most one a day; focus blocks within their bounds.
        let mut habit_days = std::collections::HashSet::new();
        for block in blocks.iter().filter(|b| b.kind == BlockKind::Habit) {
            let day = (block.interval.start() - start()).num_days();
            prop_assert!(habit_days.insert((block.item, day)), "two of {:?} on day {}", block.item, day);
            if frozen.contains(&block) {
                continue;
            }
            let habit = world.habits.iter().find(|h| h.id == block.item).expect("a known habit");
            let midnight = start() + TimeDelta::days(day);
            prop_assert!(midnight + minutes(i64::from(habit.window_start_minute)) <= block.interval.start());
            prop_assert!(block.interval.end() <= midnight + minutes(i64::from(habit.window_end_minute)));
            prop_assert!(habit.lengths().contains(&block.interval.duration()));
        }
        for block in blocks.iter().filter(|b| b.kind == BlockKind::Focus && !frozen.contains(b)) {
            let goal = world.focus.as_ref().expect("a focus goal");
            prop_assert!((goal.min_block..=goal.max_block).contains(&block.interval.duration()));
        }
        let mut per_task: HashMap<ItemId, TimeDelta> = HashMap::new();
        for block in blocks.iter().filter(|b| b.kind == BlockKind::Task) {
            *per_task.entry(block.item).or_default() += block.interval.duration();
        }
        for task in &world.tasks {
            prop_assert!(per_task.get(&task.id).copied().unwrap_or_default() <= task.duration);
        }
    }

    #[test]
    fn re_planning_an_unchanged_input_changes_nothing(world in arb_world()) {
        let (first, busy) = world.previous_and_busy();
        let second = plan(&world.input(world.now, &busy, &first.blocks));
        let third = plan(&world.input(world.now, &busy, &second.blocks));
        prop_assert_eq!(third.metrics.churn, 0);
        prop_assert_eq!(&third.blocks, &second.blocks);
        // Also straight from a fresh plan.
        let again = plan(&world.input(world.earlier, &world.busy, &first.blocks));
        prop_assert_eq!(again.metrics.churn, 0);
        prop_assert_eq!(&again.blocks, &first.blocks);
    }

    #[test]
    fn planning_is_deterministic(world in arb_world()) {
        let (first, busy) = world.previous_and_busy();
        let mut shuffled = first.blocks.clone();
        shuffled.reverse();
        let a = plan(&world.input(world.now, &busy, &first.blocks));
        let b = plan(&world.input(world.now, &busy, &shuffled));
        prop_assert_eq!(a.blocks, b.blocks);
    }
}

// ---------------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------------

fn task(id: u128, duration: i64, priority: Priority, due: Option<DateTime<Utc>>) -> Task {
    Task {
        id: ItemId(id),
        duration: minutes(duration),
        earliest_start: start(),
        due,
        priority,
        min_chunk: minutes(30),
        max_chunk: minutes(120),
        splittable: true,
    }
}

fn one_day_input<'a>(working: &'a [Interval], tasks: &'a [Task], previous: &'a [Block]) -> PlanInput<'a> {
    PlanInput {
        horizon: Interval::starting_at(start(), TimeDelta::days(7)).expect("positive"),
        zone: kairos_core::Zone::UTC,
        working,
        busy: &[],
        now: start(),
        freeze: TimeDelta::zero(),
        previous,
        tasks,
        habits: &[],
        focus: None,
    }
}

#[test]
fn higher_priority_goes_first_then_earlier_due() {
    let working = [span(9 * 60, 4 * 60)];
    let tasks = [
        task(1, 60, Priority::P3, None),
        task(2, 60, Priority::P1, Some(start() + TimeDelta::days(3))),
        task(3, 60, Priority::P1, Some(start() + TimeDelta::days(1))),
    ];
    let result = plan(&one_day_input(&working, &tasks, &[]));
    let order: Vec<u128> = result.blocks.iter().map(|b| b.item.0).collect();
    assert_eq!(order, [3, 2, 1]);
    assert_eq!(result.blocks[0].interval, span(9 * 60, 60));
    assert!(result.at_risk.is_empty());
    assert!(result.metrics.violations.is_empty());
}

#[test]
fn a_task_moves_later_to_make_room_before_another_due_date() {
    // A P1 task without a due date and a P2 task due at 10:00 in one free morning: the greedy
    // pass puts the P1 task first and the P2 task an hour late; both fit on time the other way.
    let working = [span(9 * 60, 3 * 60)];
    let tasks = [
        task(1, 120, Priority::P1, None),
        task(2, 60, Priority::P2, Some(start() + minutes(10 * 60))),
    ];
    let result = plan(&one_day_input(&working, &tasks, &[]));
    let placed: Vec<(u128, Interval)> = result.blocks.iter().map(|b| (b.item.0, b.interval)).collect();
    assert_eq!(placed, [(2, span(9 * 60, 60)), (1, span(10 * 60, 120))]);
    assert_eq!(result.metrics.weighted_late_minutes, 0);
    assert!(result.at_risk.is_empty());
    assert!(result.metrics.violations.is_empty());
}

#[test]
fn a_task_that_cannot_finish_by_its_due_date_is_reported_at_risk() {
    // Two hours of work before a due date at 10:00, with one hour of working time before it.
    let working = [span(9 * 60, 3 * 60)];
    let due = start() + minutes(10 * 60);
    let tasks = [task(7, 120, Priority::P2, Some(due))];
    let result = plan(&one_day_input(&working, &tasks, &[]));
    assert_eq!(result.blocks.len(), 1, "one two-hour chunk from 09:00");
    assert_eq!(result.at_risk.len(), 1);
    assert_eq!(result.at_risk[0].id, ItemId(7));
    assert_eq!(result.at_risk[0].short_by, minutes(60));
    assert_eq!(result.metrics.weighted_late_minutes, 4 * 60);
    assert!((result.metrics.on_time_share - 0.5).abs() < 1e-9);
}

#[test]
fn chunks_respect_bounds_and_leave_no_tiny_remainder() {
    // 150 minutes with chunks of 60–120 into gaps of 130 and 200 minutes: 90 + 60, not 120 + 30.
    let working = [span(9 * 60, 130), span(13 * 60, 200)];
    let tasks = [Task {
        min_chunk: minutes(60),
        ..task(1, 150, Priority::P1, None)
    }];
    let result = plan(&one_day_input(&working, &tasks, &[]));
    let lengths: Vec<i64> = result
        .blocks
        .iter()
        .map(|b| b.interval.duration().num_minutes())
        .collect();
    assert_eq!(lengths, [90, 60]);
}

#[test]
fn a_still_valid_previous_block_is_kept_instead_of_moved_earlier() {
    let working = [span(9 * 60, 8 * 60)];
    let tasks = [task(1, 60, Priority::P1, None)];
    let previous = [Block {
        interval: span(14 * 60, 60),
        kind: BlockKind::Task,
        item: ItemId(1),
    }];
    let result = plan(&one_day_input(&working, &tasks, &previous));
    assert_eq!(result.blocks, previous);
    assert_eq!(result.metrics.churn, 0);
}

#[test]
fn habits_sit_nearest_their_ideal_time_and_focus_takes_long_gaps() {
    let working: Vec<Interval> = (0..5).map(|d| span(d * 1440 + 9 * 60, 8 * 60)).collect();
    let busy = [span(12 * 60, 60)];
    let habit = Habit {
        id: ItemId(50),
        duration: minutes(30),
        min_duration: minutes(30),
        frequency: Frequency::PerWeek(3),
        window_start_minute: 11 * 60,
        window_end_minute: 14 * 60,
        ideal_start_minute: 12 * 60,
    };
    let goal = FocusGoal {
        id: ItemId(60),
        priority: Priority::P4,
        weekly_target: minutes(6 * 60),
        min_block: minutes(90),
        max_block: minutes(180),
    };
    let habits = [habit];
    let input = PlanInput {
        busy: &busy,
        habits: &habits,
        focus: Some(&goal),
        ..one_day_input(&working, &[], &[])
    };
    let result = plan(&input);
    let habit_starts: Vec<Interval> = result
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Habit)
        .map(|b| b.interval)
        .collect();
    // Monday's lunch hour is busy, so the three best days are Tuesday to Thursday at 12:00.
    assert_eq!(
        habit_starts,
        [span(1440 + 720, 30), span(2 * 1440 + 720, 30), span(3 * 1440 + 720, 30)]
    );
    assert!(result.metrics.focus_achieved >= goal.weekly_target);
    assert!(
        result
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Focus)
            .all(|b| b.interval.duration() >= goal.min_block)
    );
    assert!(result.metrics.violations.is_empty());
}

#[test]
fn focus_time_comes_before_less_urgent_tasks() {
    // One free morning: a P3 task of 3 hours and a P2 focus goal of 2 hours a week.
    let working = [span(9 * 60, 4 * 60)];
    let tasks = [task(1, 180, Priority::P3, None)];
    let goal = FocusGoal {
        id: ItemId(60),
        priority: Priority::P2,
        weekly_target: minutes(120),
        min_block: minutes(60),
        max_block: minutes(120),
    };
    let input = PlanInput {
        focus: Some(&goal),
        ..one_day_input(&working, &tasks, &[])
    };
    let result = plan(&input);
    assert_eq!(result.metrics.focus_achieved, minutes(120));
    assert_eq!(result.metrics.placed_task_time, minutes(120));
    assert_eq!(result.at_risk.len(), 1);
    // With focus at P4 the task goes first and focus gets the hour left, its minimum block.
    let later = FocusGoal {
        priority: Priority::P4,
        ..goal.clone()
    };
    let result = plan(&PlanInput {
        focus: Some(&later),
        ..input
    });
    assert_eq!(result.metrics.placed_task_time, minutes(180));
    assert_eq!(result.metrics.focus_achieved, minutes(60));
}

/// Where each habit block starts on its zone's wall clock, as "YYYY-MM-DD HH:MM".
fn local_starts(result: &Plan, zone: chrono_tz::Tz) -> Vec<String> {
    result
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Habit)
        .map(|b| {
            b.interval
                .start()
                .with_timezone(&zone)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .collect()
}

#[test]
fn habit_windows_are_local_mornings_across_dst_and_far_from_utc() {
    // A daily 07:00–10:00 habit, ideally at 08:00, over the week Berlin springs forward
    // (Sunday 29 March 2026) and in Tokyo, whose mornings straddle the UTC midnight.
    let habit = Habit {
        id: ItemId(9),
        duration: minutes(45),
        min_duration: minutes(45),
        frequency: Frequency::Daily,
        window_start_minute: 7 * 60,
        window_end_minute: 10 * 60,
        ideal_start_minute: 8 * 60,
    };
    let habits = [habit];
    for (name, tz) in [
        ("Europe/Berlin", chrono_tz::Europe::Berlin),
        ("Asia/Tokyo", chrono_tz::Asia::Tokyo),
        ("America/St_Johns", chrono_tz::America::St_Johns),
    ] {
        let zone = kairos_core::Zone::parse(name).expect("zone");
        let first = zone.start_of_day(chrono::NaiveDate::from_ymd_opt(2026, 3, 26).expect("date"));
        let horizon = Interval::starting_at(first, TimeDelta::days(7)).expect("positive");
        let working = [horizon];
        let input = PlanInput {
            horizon,
            zone,
            habits: &habits,
            now: first,
            ..one_day_input(&working, &[], &[])
        };
        let result = plan(&input);
        assert!(
            result.metrics.violations.is_empty(),
            "{name}: {:?}",
            result.metrics.violations
        );
        let starts = local_starts(&result, tz);
        assert_eq!(starts.len(), 7, "{name}: one a day: {starts:?}");
        assert!(starts.iter().all(|s| s.ends_with("08:00")), "{name}: {starts:?}");
        let mut days: Vec<&str> = starts.iter().map(|s| &s[..10]).collect();
        days.dedup();
        assert_eq!(days.len(), starts.len(), "{name}: once per local day: {starts:?}");
        // Re-planning keeps every block: each is still inside its local window.
        let again = plan(&PlanInput {
            previous: &result.blocks,
            ..input
        });
        assert_eq!(again.blocks, result.blocks, "{name}");
    }
}

#[test]
fn a_habit_shortens_to_its_minimum_where_its_full_length_does_not_fit() {
    // 60 minutes wanted, 30 accepted; Monday's window has only 40 free minutes.
    let working = [span(7 * 60, 3 * 60), span(1440 + 7 * 60, 3 * 60)];
    let busy = [span(7 * 60 + 40, 140)];
    let habits = [Habit {
        id: ItemId(4),
        duration: minutes(60),
        min_duration: minutes(30),
        frequency: Frequency::Daily,
        window_start_minute: 7 * 60,
        window_end_minute: 10 * 60,
        ideal_start_minute: 7 * 60,
    }];
    let input = PlanInput {
        busy: &busy,
        habits: &habits,
        ..one_day_input(&working, &[], &[])
    };
    let result = plan(&input);
    let lengths: Vec<i64> = result
        .blocks
        .iter()
        .map(|b| b.interval.duration().num_minutes())
        .collect();
    assert_eq!(lengths, [30, 60]);
    assert_eq!(
        plan(&PlanInput {
            previous: &result.blocks,
            ..input
        })
        .blocks,
        result.blocks
    );
}
