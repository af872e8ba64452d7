"""Running the per-document stages on a Dask cluster and loading the results.

``shards`` turns a batch of per-document results into one Parquet file and back;
``distributed`` maps batches of files over a cluster and loads the shards into the store.
Cross-document steps (resolution, aggregation) stay in ``actorgraph.pipeline``.
"""
