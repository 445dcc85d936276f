"""Extraction: the stages that turn one document into typed facts, one module each.

:mod:`kg.extract.pipeline` registers and runs the stages in order: normalise → structure (sections,
sentences, metadata) → mentions (teams, organisations, posts, people, dates; tables reads flattened
tables of teams; ner_hanlp adds an optional HanLP model) → relations → findings (issues, measures,
recommendations) → repeats → resolve. :mod:`kg.facts` holds the facts they give, before any RDF;
:mod:`kg.extract.first_chars` lets the stages' patterns skip positions where no match can start;
:mod:`kg.extract.train_ner` trains the optional HanLP model.

``kg.extract`` (the function the package exports) stays the public entry, so the attribute ``kg.extract``
is that function: import this package's modules with ``from kg.extract import relations`` or
``from kg.extract.relations import …`` (``import kg.extract.relations as r`` looks the name up on the
function and fails).
"""
