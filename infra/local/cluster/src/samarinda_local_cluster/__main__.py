import sys

from samarinda_local_cluster.launcher import main

sys.exit(main(sys.argv[1:]))
