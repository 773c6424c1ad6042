namespace PublishingPortal.Web.Imaging;

/// <summary>
/// A file offered as a photo that is refused: not a JPEG, PNG, WebP or GIF by its content, or over a
/// limit, or damaged. The message is one Vietnamese sentence fit to show to an editor.
/// </summary>
public sealed class InvalidImageException : Exception
{
    /// <summary>Creates the error.</summary>
    public InvalidImageException()
    {
    }

    /// <summary>Creates the error.</summary>
    /// <param name="message">One line naming the file and the reason, in Vietnamese.</param>
    public InvalidImageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    /// <param name="message">One line naming the file and the reason.</param>
    /// <param name="innerException">Cause.</param>
    public InvalidImageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with its reason.</summary>
    /// <param name="reason">Why the file was refused.</param>
    /// <param name="message">One Vietnamese sentence naming the file and the reason.</param>
    /// <param name="innerException">Cause, if any.</param>
    public InvalidImageException(ImageRefusal reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the file was refused.</summary>
    public ImageRefusal Reason { get; }
}
