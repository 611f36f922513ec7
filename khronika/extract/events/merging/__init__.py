"""One event per happening: merging the candidates and their confidence, and a happening named
again (by its noun, a frame, a reference, a host's welcome, a next meeting, an instance, a
support of one's own act)."""
