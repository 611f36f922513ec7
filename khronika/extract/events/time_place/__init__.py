"""When and where: the place and the time of the clause, datelines and heading lines, the time a
story lends the sentences after it, the author's stated whereabouts."""
