"""The local cluster: the six services as processes on this machine (``scripts/cluster.sh``)."""
