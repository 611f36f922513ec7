"""Extractors: each module registers one pipeline component (see `khronika.pipeline`)."""
