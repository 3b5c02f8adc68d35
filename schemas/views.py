"""Views for researchers that hide the versioning, and full-text search (SQLite FTS5).

Plain SQL that SQLite and PostgreSQL both accept; FTS5 is created only on SQLite and
its absence elsewhere leaves every other query working.
"""
from __future__ import annotations

VIEWS = {
    "current_papers": """
        SELECT p.id AS paper_id, p.source, p.root, v.id AS version_id, v.sha256, v.format, v.pages, v.title,
               v.paper_number, v.purpose, m.organisation, m.body, m.date AS meeting_date, p.matter_id,
               v.extractor_version
        FROM papers p
        JOIN paper_versions v ON v.id = p.current_version_id
        LEFT JOIN meetings m ON m.id = v.meeting_id
        WHERE p.removed_run_id IS NULL""",
    "current_decisions": """
        SELECT d.id AS decision_id, cp.paper_id, cp.source, cp.title, cp.organisation, cp.body, cp.meeting_date,
               cp.matter_id, d.verb, d.status, d.text, d.start, d."end", d.page
        FROM decisions d JOIN current_papers cp ON cp.version_id = d.version_id""",
    "current_recommendations": """
        SELECT r.id AS recommendation_id, cp.paper_id, cp.source, cp.title, cp.meeting_date, r.text, r.start,
               r."end", r.page
        FROM recommendations r JOIN current_papers cp ON cp.version_id = r.version_id""",
    "current_budgets": """
        SELECT b.id AS budget_id, cp.paper_id, cp.source, cp.title, cp.organisation, cp.meeting_date,
               b.amount, b.currency, b.qualifier, b.period, b.context, b.text, b.start, b."end", b.page
        FROM budgets b JOIN current_papers cp ON cp.version_id = b.version_id""",
    "current_dates": """
        SELECT dt.id AS date_id, cp.paper_id, cp.source, cp.meeting_date, dt.value, dt.granularity, dt.day,
               dt.role, dt.text, dt.start, dt."end", dt.page
        FROM dates dt JOIN current_papers cp ON cp.version_id = dt.version_id""",
    "current_votes": """
        SELECT vt.id AS vote_id, cp.paper_id, cp.source, cp.title, cp.organisation, cp.body, cp.meeting_date,
               vt.votes_for, vt.votes_against, vt.abstentions, vt.unanimous, vt.result, vt.vote_group,
               vt.motion, vt.text, vt.start, vt."end", vt.page
        FROM votes vt JOIN current_papers cp ON cp.version_id = vt.version_id""",
    "decision_history": """
        SELECT cd.meeting_date, cd.organisation, cd.body, cd.title AS paper_title, cd.matter_id,
               mt.title AS matter_title, cd.verb, cd.status, cd.text, cd.source
        FROM current_decisions cd LEFT JOIN matters mt ON mt.id = cd.matter_id""",
}

FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS paper_search USING fts5(title, text, version_id UNINDEXED)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS item_search USING fts5(kind, text, item_id UNINDEXED, version_id UNINDEXED)",
]


def create_views(conn) -> None:
    from sqlalchemy import text

    for name in reversed(list(VIEWS)):     # dependants first
        conn.execute(text(f"DROP VIEW IF EXISTS {name}"))
    for name, sql in VIEWS.items():
        conn.execute(text(f"CREATE VIEW {name} AS {sql}"))


def create_fts(conn) -> bool:
    """FTS5 tables on SQLite; False (and nothing created) where it is not available."""
    from sqlalchemy import text

    if conn.dialect.name != "sqlite":
        return False
    try:
        for sql in FTS:
            conn.execute(text(sql))
        return True
    except Exception:  # an SQLite built without FTS5
        return False
