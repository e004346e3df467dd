"""Versioned vocabulary of extraction (vocabulary.toml), read by domain/vocabulary.py."""
