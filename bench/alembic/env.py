"""Alembic's environment for bench/run: the generic template's online mode, with the database URL taken from
BENCH_URL and, for autogenerate, the SQLAlchemy models from models.py in the folder BENCH_MODELS names."""
import os
import sys
from logging.config import fileConfig

from sqlalchemy import create_engine
from sqlalchemy import pool

from alembic import context

# SQLAlchemy reflects the table a foreign key names from inside the reflection of the table that has the key,
# so a chain of N keys nests N reflections: the generated chain (each table refers to the one before) passes
# Python's default limit of 1000 frames at a few hundred tables. Raising the limit is the usual fix; it costs
# nothing when not needed.
sys.setrecursionlimit(100000)

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = None
if os.environ.get("BENCH_MODELS"):
    sys.path.insert(0, os.environ["BENCH_MODELS"])
    import models

    target_metadata = models.Base.metadata


def no_empty_revision(context, revision, directives):
    """Alembic's cookbook recipe: an autogenerate that finds nothing writes no file. A benchmark run that
    finds something is not a no-op, so it fails instead of writing one."""
    script = directives[0]
    if script.upgrade_ops.is_empty():
        directives[:] = []
        print("No changes")
    else:
        raise SystemExit("not a no-op: %r" % (script.upgrade_ops.as_diffs(),))


def run_migrations_online():
    connectable = create_engine(os.environ["BENCH_URL"], poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # Alembic 1.12 and later compare types by default; Retort and Hibernate's validator do too
            compare_type=True,
            # one transaction per migration, as Retort and Flyway run them
            transaction_per_migration=True,
            process_revision_directives=no_empty_revision,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
