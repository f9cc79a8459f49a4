//! Local search after the greedy pass: tries other orders for the tasks placed in this run,
//! places them again earliest-fit, and keeps an order only when it makes fewer priority-weighted
//! late minutes (or as many, with less work left unplanned). It is what moves a task later to
//! make room for another before its due date, which the greedy pass alone never does.
//!
//! Blocks kept from the previous plan, habits and focus time stay where they are, so the search
//! adds no churn and never touches the freeze window. Its budget counts task placements, not
//! time, so the same input gives the same plan on any machine.

use chrono::TimeDelta;

use super::{Block, BlockKind, FreeTime, PlanInput, Task, tasks};
use crate::interval::Interval;

/// Task placements the search may spend. Trying a change replays the order from the first
/// position it changes.
const BUDGET: usize = 300_000;

/// The search stops after this many perturbations in a row found nothing better.
const STALL: usize = 100;

/// Tasks moved at random between two descents.
const KICK: usize = 5;

/// What an order costs, compared field by field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    /// Σ priority weight × minutes not done by the due date: the planner's own measure.
    late: i64,
    /// Minutes of work the order leaves unplanned.
    unplanned: i64,
}

/// A task with work left after the kept blocks, which this run places.
#[derive(Debug)]
struct Movable<'a> {
    task: &'a Task,
    /// The work left to place.
    left: TimeDelta,
    /// What the kept blocks already finish by the due date.
    kept_on_time: TimeDelta,
}

/// Replaces the task blocks placed in this run (those after the first `kept` blocks) with a
/// better placement when the search finds one, and reports whether it did (`free` then holds
/// the free time left by the new placement).
pub(super) fn improve(input: &PlanInput<'_>, free: &mut FreeTime, blocks: &mut Vec<Block>, kept: usize) -> bool {
    let (kept_blocks, placed) = blocks.split_at(kept);
    let fixed: Vec<Block> = kept_blocks
        .iter()
        .chain(placed.iter().filter(|b| b.kind != BlockKind::Task))
        .copied()
        .collect();
    let mut ordered: Vec<&Task> = input.tasks.iter().collect();
    ordered.sort_by_key(|t| tasks::order(t));
    let movable: Vec<Movable<'_>> = ordered
        .into_iter()
        .filter_map(|task| {
            let own: Vec<Block> = kept_blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Task && b.item == task.id)
                .copied()
                .collect();
            let left = task.duration - own.iter().map(|b| b.interval.duration()).sum::<TimeDelta>();
            (left > TimeDelta::zero()).then(|| Movable {
                task,
                left,
                kept_on_time: tasks::done_by_due(task, &own),
            })
        })
        .collect();
    if movable.len() < 2 {
        return false;
    }
    let mut base = FreeTime::new(input.free_time());
    for block in &fixed {
        base.take(block.interval);
    }
    // The greedy pass's placement order, which gives back exactly its blocks.
    let mut search = Search::new(input, base, movable);
    let start = search.cost();
    search.descend();
    search.perturb_and_descend();
    if search.best_cost >= start {
        return false;
    }
    let mut improved = fixed;
    *free = search.replay(&search.best, |task, interval| {
        improved.push(Block {
            interval,
            kind: BlockKind::Task,
            item: task.id,
        });
    });
    *blocks = improved;
    true
}

/// The local search's state: the order being improved, with the free time and cost before
/// each of its positions, so that a change from position `p` on replays only from there.
#[derive(Debug)]
struct Search<'p, 'a> {
    input: &'p PlanInput<'a>,
    movable: Vec<Movable<'a>>,
    order: Vec<usize>,
    /// `states[p]`: the free time before the task at position `p` is placed (`states[0]` has
    /// only the fixed blocks taken out).
    states: Vec<FreeTime>,
    /// `costs[p]`: the cost of the tasks before position `p`; `costs[n]` is the order's cost.
    costs: Vec<Cost>,
    /// Each movable task's weighted late minutes in the current order.
    late: Vec<i64>,
    /// The best order seen, and its cost.
    best: Vec<usize>,
    best_cost: Cost,
    /// Task placements made so far.
    spent: usize,
    /// Deterministic choices for the perturbations.
    rng: u64,
}

impl<'p, 'a> Search<'p, 'a> {
    fn new(input: &'p PlanInput<'a>, base: FreeTime, movable: Vec<Movable<'a>>) -> Self {
        let n = movable.len();
        let mut search = Search {
            input,
            order: (0..n).collect(),
            states: vec![base; n + 1],
            costs: vec![Cost::default(); n + 1],
            late: vec![0; n],
            best: Vec::new(),
            best_cost: Cost::default(),
            movable,
            spent: 0,
            rng: 0x9E37_79B9_7F4A_7C15,
        };
        search.adopt(search.order.clone(), 0);
        search.best = search.order.clone();
        search.best_cost = search.cost();
        search
    }

    fn cost(&self) -> Cost {
        self.costs[self.order.len()]
    }

    fn budget_left(&self) -> bool {
        self.spent < BUDGET
    }

    /// Places `task` into `free` earliest-fit; returns (weighted late minutes, unplanned minutes).
    fn place(&self, i: usize, free: &mut FreeTime, mut chunk: impl FnMut(&Task, Interval)) -> (i64, i64) {
        let m = &self.movable[i];
        let (mut on_time, mut placed) = (m.kept_on_time, TimeDelta::zero());
        tasks::place_chunks(self.input, free, m.task, m.left, |interval| {
            on_time += tasks::on_time(m.task, interval);
            placed += interval.duration();
            chunk(m.task, interval);
        });
        let late = m.task.priority.weight() * (m.task.duration - on_time.min(m.task.duration)).num_minutes();
        (late, (m.left - placed).num_minutes())
    }

    /// True when `candidate`, which equals the current order before position `from`, costs
    /// less than the current order. Stops placing once its late minutes pass the current
    /// order's, since placing more can only add to them.
    fn improves(&mut self, candidate: &[usize], from: usize) -> bool {
        let target = self.cost();
        let mut free = self.states[from].clone();
        let mut cost = self.costs[from];
        for &i in &candidate[from..] {
            self.spent += 1;
            let (late, unplanned) = self.place(i, &mut free, |_, _| {});
            cost.late += late;
            cost.unplanned += unplanned;
            if cost.late > target.late {
                return false;
            }
        }
        cost < target
    }

    /// Makes `candidate` (equal to the current order before `from`) the current order.
    fn adopt(&mut self, candidate: Vec<usize>, from: usize) {
        self.spent += candidate.len() - from;
        self.order = candidate;
        for p in from..self.order.len() {
            let mut free = self.states[p].clone();
            let (late, unplanned) = self.place(self.order[p], &mut free, |_, _| {});
            self.late[self.order[p]] = late;
            self.costs[p + 1] = Cost {
                late: self.costs[p].late + late,
                unplanned: self.costs[p].unplanned + unplanned,
            };
            self.states[p + 1] = free;
        }
        if self.cost() < self.best_cost {
            self.best = self.order.clone();
            self.best_cost = self.cost();
        }
    }

    /// Places `order` from scratch, handing each chunk to `chunk`; returns the free time left.
    fn replay(&self, order: &[usize], mut chunk: impl FnMut(&Task, Interval)) -> FreeTime {
        let mut free = self.states[0].clone();
        for &i in order {
            self.place(i, &mut free, &mut chunk);
        }
        free
    }

    /// First-improvement descent: for each late task, most late minutes first, try moving it
    /// earlier in the order, moving a task before it to just after it, swapping it with another
    /// task, and moving it later; take the first change that lowers the cost and start again,
    /// until none does or the budget is spent.
    fn descend(&mut self) {
        let n = self.order.len();
        'improving: while self.budget_left() {
            let mut worst: Vec<usize> = (0..n).filter(|&p| self.late[self.order[p]] > 0).collect();
            worst.sort_by_key(|&p| (-self.late[self.order[p]], p));
            for p in worst {
                let moves = (0..p)
                    .rev()
                    .flat_map(|q| [Move::Insert(p, q), Move::Insert(q, p)])
                    .chain((p + 1..n).map(|q| Move::Insert(p, q)))
                    .chain((0..n).filter(|&q| q != p).map(|q| Move::Swap(q, p)));
                for change in moves {
                    if !self.budget_left() {
                        break 'improving;
                    }
                    let (candidate, first_change) = change.apply(&self.order);
                    if self.improves(&candidate, first_change) {
                        self.adopt(candidate, first_change);
                        continue 'improving;
                    }
                }
            }
            break;
        }
    }

    /// Iterated local search: from the best order, move a few tasks at random (the same
    /// choices for the same input) and descend again, while the budget lasts.
    fn perturb_and_descend(&mut self) {
        let n = self.order.len();
        let mut stalled = 0;
        while self.budget_left() && self.best_cost.late > 0 && stalled < STALL {
            let before = self.best_cost;
            let mut candidate = self.best.clone();
            for _ in 0..KICK {
                let (from, to) = (self.next_below(n), self.next_below(n));
                candidate = moved(&candidate, from, to);
            }
            let first_change = candidate.iter().zip(&self.order).take_while(|(a, b)| a == b).count();
            self.adopt(candidate, first_change);
            self.descend();
            stalled = if self.best_cost < before { 0 } else { stalled + 1 };
        }
    }

    fn next_below(&mut self, n: usize) -> usize {
        self.rng = self
            .rng
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.rng >> 33).unwrap_or(0) % n
    }
}

/// A change to an order.
#[derive(Debug, Clone, Copy)]
enum Move {
    /// Take the entry at the first position out and put it back at the second.
    Insert(usize, usize),
    /// Exchange the entries at two positions.
    Swap(usize, usize),
}

impl Move {
    /// The changed order, and the first position where it differs.
    fn apply(self, order: &[usize]) -> (Vec<usize>, usize) {
        match self {
            Move::Insert(from, to) => (moved(order, from, to), from.min(to)),
            Move::Swap(a, b) => {
                let mut out = order.to_vec();
                out.swap(a, b);
                (out, a.min(b))
            }
        }
    }
}

/// `order` with the entry at position `from` taken out and put back at position `to`.
fn moved(order: &[usize], from: usize, to: usize) -> Vec<usize> {
    let mut out = order.to_vec();
    let item = out.remove(from);
    out.insert(to, item);
    out
}
