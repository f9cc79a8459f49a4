-- Every planner run bumps its host's re-plan generation, and the statement-level trigger on
-- planner_settings bumped the host's calendar version with it: each run retired the host's
-- cached slots and took the version row's lock while holding the planner row's. Of the
-- settings only whether planned blocks count as busy changes free time, so only a change of
-- that bumps the version (the blocks a run writes bump it themselves).
DROP TRIGGER planner_settings_versions_update ON planner_settings;
ALTER FUNCTION bump_calendar_version_of_source() RENAME TO bump_calendar_version_of_row;
CREATE TRIGGER planner_settings_versions_update AFTER UPDATE OF planned_blocks_busy ON planner_settings
    FOR EACH ROW WHEN (OLD.planned_blocks_busy IS DISTINCT FROM NEW.planned_blocks_busy)
    EXECUTE FUNCTION bump_calendar_version_of_row();
