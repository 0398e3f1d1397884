"""Social plan views: the coverage matrix with gaps and drill-down."""
