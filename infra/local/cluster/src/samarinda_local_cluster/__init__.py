"""The local cluster: the five services as processes on this machine (``scripts/cluster.sh``)."""
