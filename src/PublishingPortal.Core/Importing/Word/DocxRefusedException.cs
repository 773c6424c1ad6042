namespace PublishingPortal.Core.Importing.Word;

/// <summary>
/// A Word file <see cref="DocxArticleReader"/> will not convert; <see cref="Exception.Message"/> is the
/// Vietnamese sentence shown to the person who uploaded it. Nothing has been written when it is thrown.
/// </summary>
public sealed class DocxRefusedException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="message">Vietnamese message for the uploader.</param>
    /// <param name="innerException">The library's own error, if any.</param>
    public DocxRefusedException(DocxRefusal reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Creates a refusal of a corrupt file.</summary>
    public DocxRefusedException()
        : this(DocxRefusal.Corrupt, DocxArticleReader.CorruptMessage)
    {
    }

    /// <summary>Creates a refusal of a corrupt file with a message.</summary>
    /// <param name="message">Vietnamese message.</param>
    public DocxRefusedException(string message)
        : this(DocxRefusal.Corrupt, message)
    {
    }

    /// <summary>Creates a refusal of a corrupt file with a message and cause.</summary>
    /// <param name="message">Vietnamese message.</param>
    /// <param name="innerException">Cause.</param>
    public DocxRefusedException(string message, Exception innerException)
        : this(DocxRefusal.Corrupt, message, innerException)
    {
    }

    /// <summary>Why the file was refused.</summary>
    public DocxRefusal Reason { get; }
}
