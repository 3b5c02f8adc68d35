"""Extractors: one module per kind of item, each a plain `extract(paper, context)`.

The registry below is the order they run in: the meeting (cover sheet) first, since
its date resolves partial dates for the others.
"""
