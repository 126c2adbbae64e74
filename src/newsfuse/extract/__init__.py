"""The extract stage: per-sentence mentions (dates, quantities, entities, attributions) as spans
into the cleaned text."""
