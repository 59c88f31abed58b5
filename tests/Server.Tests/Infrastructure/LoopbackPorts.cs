using System.Net;
using System.Net.Sockets;

namespace GraphApi.Server.Tests.Infrastructure;

/// <summary>Ports on 127.0.0.1 for tests of services that cannot be reached.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port nothing listens on: one the OS just handed out and that was closed again.</summary>
    public static int Closed()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
