"""`khronika train-ner`: rebuild the statistical NER model from NER-UK-style brat data."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("train-ner")
    def train_ner_cmd(
        data: Path = typer.Option(..., "--data",
                                  help="Folder of NER-UK-style brat files, ID.txt + ID.ann (searched recursively)."),
        out: Optional[Path] = typer.Option(None, "--out",
                                           help="Where to write the model (default: the shipped khronika/models/ner_uk)."),
        holdout: float = typer.Option(0.2, "--holdout", help="Share of documents held out for the figures."),
        seed: int = typer.Option(0, "--seed", help="Seed of the hashed document split."),
        final: bool = typer.Option(False, "--final/--no-final",
                                   help="After measuring, retrain on all documents."),
        iterations: Optional[int] = typer.Option(None, "--iterations", help="L-BFGS iterations."),
    ):
        """Train the CRF NER on the training share, print held-out P/R/F1 per type."""
        from ..ner import MODEL_DIR
        from ..ner.train import train
        if not 0.0 <= holdout < 1.0:
            raise typer.BadParameter("must be in [0, 1)", param_hint="--holdout")
        if not data.is_dir():
            raise typer.BadParameter(f"{data} is not a folder", param_hint="--data")
        params = {"max_iterations": iterations} if iterations else None
        try:
            meta = train(data, out or MODEL_DIR, holdout=holdout, seed=seed, final=final,
                         params=params, log=lambda s: typer.echo(s, err=True))
        except FileNotFoundError as exc:
            typer.echo(f"khronika: {exc}", err=True)
            raise typer.Exit(2)
        typer.echo(json.dumps({k: meta[k] for k in ("trained_on", "train_documents",
                                                    "heldout_documents")}, ensure_ascii=False))
