"""``python -m agentrun_facade.cli`` runs the ``agentrun`` command."""

from . import main

raise SystemExit(main())
