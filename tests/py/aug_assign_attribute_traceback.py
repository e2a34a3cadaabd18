# A missing attribute in an augmented assignment, the attribute on a
# continuation line.
config = None
(config
    .retries) += 1
