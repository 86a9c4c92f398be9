using System.Net;
using System.Net.Sockets;

namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>
/// A loopback port held bound but never listening, for "the server is down": a connection to it is refused, and while it
/// is held no fake started by another test can take it (a port merely found free could be).
/// </summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public void Dispose() => _socket.Dispose();
}
