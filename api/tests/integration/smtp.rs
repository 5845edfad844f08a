//! A real SMTP server for the tests: mailin's protocol state machine over a std listener on
//! 127.0.0.1, one thread per connection. It keeps what it receives, can be told to refuse
//! mail (a temporary 451, as a full or broken server answers), and stops when dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use mailin::{response, Action, Handler, Response, SessionBuilder};

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

impl Received {
    /// The message parsed as MIME.
    pub fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(&self.data).expect("the server received a valid message")
    }

    pub fn header(&self, name: &str) -> Option<String> {
        use mailparse::MailHeaderMap;
        self.parsed().headers.get_first_value(name)
    }

    pub fn subject(&self) -> String {
        self.header("Subject").unwrap_or_default()
    }

    /// The decoded body of the part of `mime` type (`text/plain`, `text/html`).
    pub fn body(&self, mime: &str) -> String {
        fn find(part: &mailparse::ParsedMail<'_>, mime: &str) -> Option<String> {
            if part.subparts.is_empty() {
                return (part.ctype.mimetype == mime).then(|| part.get_body().unwrap());
            }
            part.subparts.iter().find_map(|p| find(p, mime))
        }
        find(&self.parsed(), mime).unwrap_or_else(|| panic!("no {mime} part"))
    }
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    refuse: AtomicBool,
    stop: AtomicBool,
}

pub struct SmtpServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

struct Session {
    shared: Arc<Shared>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Session {
    fn mail(&mut self, _ip: IpAddr, _domain: &str, from: &str) -> Response {
        if self.shared.refuse.load(Ordering::SeqCst) {
            return response::INTERNAL_ERROR;
        }
        self.from = from.to_owned();
        response::OK
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        self.shared.received.lock().unwrap().push(Received {
            from: std::mem::take(&mut self.from),
            to: std::mem::take(&mut self.to),
            data: std::mem::take(&mut self.data),
        });
        response::OK
    }
}

fn serve(stream: TcpStream, shared: Arc<Shared>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(peer) = stream.peer_addr() else { return };
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let mut session = SessionBuilder::new("smtp.test").build(
        peer.ip(),
        Session {
            shared,
            from: String::new(),
            to: Vec::new(),
            data: Vec::new(),
        },
    );
    if session.greeting().write_to(&mut writer).is_err() {
        return;
    }
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let res = session.process(&line);
        match res.action {
            Action::Reply => {
                if res.write_to(&mut writer).is_err() {
                    return;
                }
            }
            Action::Close => {
                let _ = res.write_to(&mut writer);
                return;
            }
            Action::NoReply => {}
            Action::UpgradeTls => return,
        }
        let _ = writer.flush();
    }
}

impl SmtpServer {
    /// A server on a free port.
    pub fn start() -> SmtpServer {
        SmtpServer::on(TcpListener::bind("127.0.0.1:0").unwrap())
    }

    /// A server on `addr` (where an earlier one stopped, to bring it back).
    pub fn start_at(addr: SocketAddr) -> SmtpServer {
        SmtpServer::on(TcpListener::bind(addr).expect("the port is free again"))
    }

    fn on(listener: TcpListener) -> SmtpServer {
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        let accept = shared.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if accept.stop.load(Ordering::SeqCst) {
                    return;
                }
                if let Ok(stream) = stream {
                    let shared = accept.clone();
                    std::thread::spawn(move || serve(stream, shared));
                }
            }
        });
        SmtpServer {
            addr,
            shared,
            thread: Some(thread),
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// What `TWINNING_SMTP_URL` would be.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Answers every new mail with `451` until told otherwise.
    pub fn refuse(&self, refuse: bool) {
        self.shared.refuse.store(refuse, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees `stop` and closes the listener.
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
