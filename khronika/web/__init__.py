"""Server-rendered web pages (Jinja2 templates, hand-written CSS and JS, nothing from outside)."""
