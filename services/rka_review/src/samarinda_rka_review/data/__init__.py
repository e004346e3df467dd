"""Versioned rules files of the review (vocabulary.toml, taxonomy.toml), read by domain/rules.py."""
