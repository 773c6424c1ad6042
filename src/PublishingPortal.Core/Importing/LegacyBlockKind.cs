namespace PublishingPortal.Core.Importing;

/// <summary>What a block of a legacy export's body is, as decided by <see cref="LegacyArticleParser"/>.</summary>
public enum LegacyBlockKind
{
    /// <summary>A body paragraph: a sentence or longer text.</summary>
    Paragraph,

    /// <summary>A short sub-heading inside the body: all capitals, or numbered ("1.", "II.").</summary>
    Heading,

    /// <summary>A photo caption: a short line that is not a sentence; the photo itself is not in the export.</summary>
    Caption,
}
