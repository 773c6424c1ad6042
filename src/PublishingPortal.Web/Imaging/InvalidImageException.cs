namespace PublishingPortal.Web.Imaging;

/// <summary>A file offered as a photo that is not a JPEG, PNG, WebP or GIF by its content.</summary>
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
}
