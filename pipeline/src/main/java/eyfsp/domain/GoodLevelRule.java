package eyfsp.domain;

import java.util.List;

/** NI 72: a good level of development is a total of at least N and 6+ on each scale of some areas. */
public record GoodLevelRule(int totalAtLeast, List<String> secureInEveryScaleOf)
    implements java.io.Serializable {}
