-- The auto-scheduler: each host's tasks and habits, planner settings, the planned blocks a
-- re-plan job writes, and that plan's metrics. Rows reference their host through
-- (org_id, host_id) like the rest of the schema and go with it.

-- Per host: the focus goal and how re-planning behaves. A row exists once the host uses the
-- planner (a task, a habit or settings); re-plan jobs are queued only for hosts with one.
CREATE TABLE planner_settings (
    host_id                  uuid PRIMARY KEY,
    org_id                   uuid NOT NULL,
    focus_weekly_minutes     integer NOT NULL DEFAULT 0 CHECK (focus_weekly_minutes BETWEEN 0 AND 5040),
    focus_min_block_minutes  integer NOT NULL DEFAULT 60 CHECK (focus_min_block_minutes BETWEEN 15 AND 480),
    focus_max_block_minutes  integer NOT NULL DEFAULT 180 CHECK (focus_max_block_minutes BETWEEN 15 AND 480),
    freeze_minutes           integer NOT NULL DEFAULT 120 CHECK (freeze_minutes BETWEEN 0 AND 10080),
    horizon_days             integer NOT NULL DEFAULT 28 CHECK (horizon_days BETWEEN 1 AND 90),
    -- When on, planned blocks keep booking pages from offering their time.
    planned_blocks_busy      boolean NOT NULL DEFAULT false,
    -- Bumped by each re-plan run as it starts: the re-plan job's unique key carries it, so
    -- changes coalesce into the queued run and a change during a run queues the next one.
    replan_generation        bigint NOT NULL DEFAULT 0,
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (focus_min_block_minutes <= focus_max_block_minutes),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);

CREATE TABLE planner_tasks (
    id                 uuid PRIMARY KEY,
    org_id             uuid NOT NULL,
    host_id            uuid NOT NULL,
    title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    duration_minutes   integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 6000),
    earliest_start     timestamptz,
    due                timestamptz,
    priority           smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 4),
    min_chunk_minutes  integer NOT NULL DEFAULT 30 CHECK (min_chunk_minutes BETWEEN 5 AND 6000),
    max_chunk_minutes  integer NOT NULL DEFAULT 120 CHECK (max_chunk_minutes BETWEEN 5 AND 6000),
    splittable         boolean NOT NULL DEFAULT true,
    status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (min_chunk_minutes <= max_chunk_minutes),
    CHECK (due IS NULL OR earliest_start IS NULL OR earliest_start < due),
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
CREATE INDEX planner_tasks_host ON planner_tasks (host_id, id);

-- A recurring block: daily or n times a week, inside a wall-clock window of the host's zone.
CREATE TABLE planner_habits (
    id                    uuid PRIMARY KEY,
    org_id                uuid NOT NULL,
    host_id               uuid NOT NULL,
    title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    -- NULL: daily.
    times_per_week        smallint CHECK (times_per_week BETWEEN 1 AND 7),
    -- Local minutes after midnight: [window_start, window_end), ideal_start inside it.
    window_start_minute   smallint NOT NULL CHECK (window_start_minute BETWEEN 0 AND 1439),
    window_end_minute     smallint NOT NULL CHECK (window_end_minute BETWEEN 1 AND 1440),
    ideal_start_minute    smallint NOT NULL,
    min_duration_minutes  integer NOT NULL CHECK (min_duration_minutes BETWEEN 5 AND 720),
    max_duration_minutes  integer NOT NULL CHECK (max_duration_minutes BETWEEN 5 AND 720),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CHECK (window_start_minute < window_end_minute),
    CHECK (ideal_start_minute BETWEEN window_start_minute AND window_end_minute),
    CHECK (min_duration_minutes <= max_duration_minutes),
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
CREATE INDEX planner_habits_host ON planner_habits (host_id, id);

-- The plan: blocks still to come are replaced by every re-plan; blocks already over stay, so a
-- task's time already planned and passed counts as done. Blocks never overlap, like bookings.
CREATE TABLE planned_blocks (
    org_id    uuid NOT NULL,
    host_id   uuid NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('task', 'habit', 'focus')),
    task_id   uuid,
    habit_id  uuid,
    during    tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
    CHECK ((kind = 'task') = (task_id IS NOT NULL)),
    CHECK ((kind = 'habit') = (habit_id IS NOT NULL)),
    PRIMARY KEY (host_id, during),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, task_id) REFERENCES planner_tasks (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, habit_id) REFERENCES planner_habits (org_id, id) ON DELETE CASCADE,
    CONSTRAINT planned_blocks_no_overlap EXCLUDE USING gist (host_id WITH =, during WITH &&)
);
CREATE INDEX planned_blocks_task ON planned_blocks (task_id) WHERE task_id IS NOT NULL;
CREATE INDEX planned_blocks_habit ON planned_blocks (habit_id) WHERE habit_id IS NOT NULL;

-- What the last re-plan found: its metrics and the tasks at risk of missing their due date.
CREATE TABLE planner_results (
    host_id     uuid PRIMARY KEY,
    org_id      uuid NOT NULL,
    planned_at  timestamptz NOT NULL,
    horizon     tstzrange NOT NULL,
    metrics     jsonb NOT NULL,
    at_risk     jsonb NOT NULL DEFAULT '[]',
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
