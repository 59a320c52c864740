"""The trained NER pipelines (models/de, models/en), installed as the package data of captionscan.models."""
