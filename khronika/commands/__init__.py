"""Sub-commands of the `khronika` CLI: one module each, with `register(app)`. Keep them thin:
they parse arguments and print; the work is a library call."""
