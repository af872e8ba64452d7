"""Evaluation against gold annotations (format: ../shared/eval/README.md).

reference   reference actors and gold files (loading, name normalisation)
prediction  an export seen per document; actor mapping; relation triples
scorer      the metrics: ``evaluate(export, gold_dir)``
explain     per-document misses and errors: ``explain(export, gold_dir)``
floors      pinned minimum scores for the quality gate
harness     analyse files into a fresh store and export it
command     ``actorgraph eval``
"""
