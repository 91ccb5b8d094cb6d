"""Resolve, compare, score, propose, contacts, diff: plain data in, plain data out; no file
I/O, no user text."""
