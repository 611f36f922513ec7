"""NER model trained on NER-UK 2.0: CC BY-NC-SA 4.0, see LICENSE.md here."""
