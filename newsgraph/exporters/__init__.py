"""Exporters: stored analysis records written out in other formats (PLOVER JSON, ACLED-style CSV, …)."""
