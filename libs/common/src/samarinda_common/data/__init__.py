"""Vocabularies of the shared parsers, kept as versioned data files."""
